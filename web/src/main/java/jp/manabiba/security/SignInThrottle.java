package jp.manabiba.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Before a password is checked, the attempt is let in or refused in one transaction
 * holding the row locks of its counts; after the check it is settled the same way. Three counts: one per name and
 * client address, which always applies; one per name and one per address, which apply only to a name that never
 * signed in from that address — so that nobody elsewhere can keep a child or an administrator out where they
 * usually sign in, and a school's shared address is not closed for pupils who signed in there before. Names count
 * whether or not an account has them, so the answers tell nothing about which accounts exist. The counts are in the
 * database: they hold across restarts and app nodes.
 */
@Component
class SignInThrottle {

    enum Kind { PAIR, ADDRESS, ACCOUNT, KNOWN }

    /** A name that signed in from an address is not kept out there by the name's or the address's rests. */
    private static final Duration KNOWN_FOR = Duration.ofDays(180);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcTemplate jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, SignInProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** An attempt let in: its password may now be checked, and it must be settled afterwards. */
    record Attempt(String name, String address, boolean known) {
    }

    /** What is counted: {@code key} says whose count it is; {@code name} is the name in it, if any. */
    private record Subject(Kind kind, String key, @Nullable String name) {
    }

    /**
     * Lets an attempt in, or refuses it with the wait.
     *
     * @throws SignInRestingException when the name from this address, or (for a name new to it) the name or the
     *                                address, rests, or the tries of this round are already in flight
     */
    @Transactional
    public Attempt letIn(String typedName, String address) {
        Instant now = clock.instant();
        String name = normalised(typedName);
        boolean known = isKnown(name, address, now);
        List<Subject> subjects = counted(name, address);
        Map<Subject, ThrottleCount> counts = lock(subjects, now);
        Optional<Instant> refusedUntil = subjects.stream()
                .filter(subject -> !known || subject.kind() == Kind.PAIR)
                .map(subject -> counts.get(subject).refusedUntil(now, limit(subject.kind()), subject.kind() != Kind.ADDRESS))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        if (refusedUntil.isPresent()) {
            throw new SignInRestingException(Duration.between(now, refusedUntil.get()));
        }
        counts.forEach((subject, count) -> {
            count.letIn(now);
            save(subject, count);
        });
        return new Attempt(name, address, known);
    }

    /** A wrong password (or an unknown name, or an account that cannot sign in): counted for every subject. */
    @Transactional
    public void wrong(Attempt attempt) {
        Instant now = clock.instant();
        lock(counted(attempt.name(), attempt.address()), now).forEach((subject, count) -> {
            if (count.wrong(now, limit(subject.kind()), properties)) {
                log.info("Sign-in rests for a {} until {} ({} rest)", subject.kind(), count.restUntil, count.rests);
            }
            save(subject, count);
        });
    }

    /** The right password: the name may sign in from this address again freely, and it counts as known there. */
    @Transactional
    public void right(Attempt attempt) {
        Instant now = clock.instant();
        lock(counted(attempt.name(), attempt.address()), now).forEach((subject, count) -> {
            count.right(subject.kind() == Kind.PAIR);
            save(subject, count);
        });
        String known = hash(new Subject(Kind.KNOWN, attempt.name() + '\u0000' + attempt.address(), attempt.name()));
        jdbc.update("""
                INSERT INTO sign_in_throttle (subject, kind, counted_since, last_attempt_at) VALUES (?, 'KNOWN', ?, ?)
                ON DUPLICATE KEY UPDATE last_attempt_at = VALUES(last_attempt_at)""", known, utc(now), utc(now));
    }

    /** A new password from an administrator ends the rests of the name, wherever they came from. */
    @Transactional
    public void forgive(String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE name_subject = ? AND kind IN ('PAIR', 'ACCOUNT')",
                nameSubject(normalised(username)));
    }

    /** Counts nobody needs any more: they would start again anyway. Known addresses are kept for half a year. */
    public void forgetOld() {
        Instant now = clock.instant();
        jdbc.update("""
                DELETE FROM sign_in_throttle
                WHERE (kind <> 'KNOWN' AND pending = 0 AND last_attempt_at < ? AND counted_since < ?)
                   OR (kind = 'KNOWN' AND last_attempt_at < ?)""",
                utc(now.minus(properties.forgetAfter())), utc(now.minus(properties.forgetAfter())),
                utc(now.minus(KNOWN_FOR)));
    }

    private boolean isKnown(String name, String address, Instant now) {
        List<LocalDateTime> lastSignIn = jdbc.query("SELECT last_attempt_at FROM sign_in_throttle WHERE subject = ?",
                (row, n) -> row.getObject(1, LocalDateTime.class),
                hash(new Subject(Kind.KNOWN, name + '\u0000' + address, name)));
        return !lastSignIn.isEmpty() && instant(lastSignIn.getFirst()).plus(KNOWN_FOR).isAfter(now);
    }

    private static List<Subject> counted(String name, String address) {
        // always in the same order, so that two attempts never wait for each other's locks
        return List.of(new Subject(Kind.PAIR, name + '\u0000' + address, name),
                        new Subject(Kind.ADDRESS, address, null), new Subject(Kind.ACCOUNT, name, name)).stream()
                .sorted(Comparator.comparing(SignInThrottle::hash)).toList();
    }

    /** Creates missing rows and locks all of them (an upsert locks the row it finds), then reads them. */
    private Map<Subject, ThrottleCount> lock(List<Subject> subjects, Instant now) {
        Map<Subject, ThrottleCount> counts = new HashMap<>();
        for (Subject subject : subjects) {
            jdbc.update("""
                    INSERT INTO sign_in_throttle (subject, kind, name_subject, counted_since, last_attempt_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE subject = subject""", hash(subject), subject.kind().name(),
                    subject.name() == null ? null : nameSubject(subject.name()), utc(now), utc(now));
            ThrottleCount count = jdbc.queryForObject("""
                    SELECT failures, pending, rests, rest_until, counted_since, last_attempt_at
                    FROM sign_in_throttle WHERE subject = ? FOR UPDATE""", SignInThrottle::count, hash(subject));
            count.forgetOld(now, properties.forgetAfter());
            counts.put(subject, count);
        }
        return counts;
    }

    private void save(Subject subject, ThrottleCount count) {
        jdbc.update("""
                UPDATE sign_in_throttle SET failures = ?, pending = ?, rests = ?, rest_until = ?, counted_since = ?,
                       last_attempt_at = ?
                WHERE subject = ?""", count.failures, count.pending, count.rests,
                count.restUntil == null ? null : utc(count.restUntil), utc(count.countedSince),
                utc(count.lastAttemptAt), hash(subject));
    }

    private int limit(Kind kind) {
        return switch (kind) {
            case PAIR -> properties.maxFailures();
            case ADDRESS -> properties.addressMaxFailures();
            case ACCOUNT -> properties.accountMaxFailures();
            case KNOWN -> throw new IllegalArgumentException("A known address is not counted");
        };
    }

    private static ThrottleCount count(ResultSet row, int n) throws SQLException {
        @Nullable LocalDateTime restUntil = row.getObject("rest_until", LocalDateTime.class);
        return new ThrottleCount(row.getInt("failures"), row.getInt("pending"), row.getInt("rests"),
                restUntil == null ? null : instant(restUntil),
                instant(row.getObject("counted_since", LocalDateTime.class)),
                instant(row.getObject("last_attempt_at", LocalDateTime.class)));
    }

    /** The name as the account lookup matches it: the same account, the same count, however it was typed. */
    static String normalised(String typedName) {
        return Normalizer.normalize(typedName.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String hash(Subject subject) {
        return sha256(subject.kind().name() + '\u0000' + subject.key());
    }

    private static String nameSubject(String name) {
        return sha256("NAME\u0000" + name);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Times in the database are UTC, as everywhere in Manabiba. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
