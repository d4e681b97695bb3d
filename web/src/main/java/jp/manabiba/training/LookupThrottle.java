package jp.manabiba.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.manabiba.i18n.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * At most {@value #LOOKUPS} certificate lookups per account in any {@value #WINDOW_MINUTES} minutes: a coordinator
 * checking the certificates handed in at a meeting stays far below it, a script trying codes is stopped (and each
 * of its tries is in the audit log). Kept in memory per node: with n nodes an account gets at most n times as many,
 * still hopeless against 31^10 codes; a restart forgets the counts.
 */
@Component
class LookupThrottle {

    static final int LOOKUPS = 20;
    static final int WINDOW_MINUTES = 10;
    private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);

    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    LookupThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts a lookup of the account, or refuses it at the code field when the account has had its share. */
    void take(long accountId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() >= LOOKUPS) {
                throw new InvalidInput("code", "training.verify.error.too-many", WINDOW_MINUTES);
            }
            times.addLast(now);
        }
    }
}
