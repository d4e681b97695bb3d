package jp.manabiba.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.AccountPrincipal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log of sensitive reads and changes. */
@Service
public class AuditLog {

    private static final int EXPORT_PAGE = 1000;
    private static final int ACTOR_MAX = 64;

    /** ISO 8601 to the second with the offset (2026-11-30T09:15:00+09:00): Excel and scripts read it, people too. */
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final AuditTexts texts;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, AuditTexts texts, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Records that the current user did something with a record, from a screen. Runs in the caller's
     * transaction: a read that could not be logged does not happen.
     */
    @PermitAll // written by the features' own guarded calls
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, long recordId, String screen) {
        AccountPrincipal actor = currentUser.find().orElse(null);
        entries.save(new AuditEntry(clock.instant(), actor == null ? null : actor.recordingAccountId(),
                actor == null ? "system" : actor.username(), action, recordType, recordId, screen,
                actor == null || actor.recordingAccountId() == null ? null : ClientAddress.current()));
    }

    /**
     * Records that the current user was refused a record (someone else's, or an id that does not fit the request).
     * In a transaction of its own: the refusal rolls the caller's transaction back, the entry stays.
     */
    @PermitAll // written by the features' own policies as they refuse
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String recordType, long recordId, String screen) {
        AccountPrincipal actor = currentUser.find().orElse(null);
        entries.save(new AuditEntry(clock.instant(), actor == null ? null : actor.recordingAccountId(),
                actor == null ? "system" : actor.username(), AuditAction.REFUSED, recordType, recordId, screen,
                actor == null || actor.recordingAccountId() == null ? null : ClientAddress.current()));
    }

    /**
     * Records a sign-in or a refused one, before anyone is signed in: the name is the one typed (cut to the
     * column), the account's number when it is known (else 0). In a transaction of its own, so that it is kept
     * whatever happens to the sign-in.
     */
    @PermitAll // nobody is signed in yet
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(AuditAction action, @Nullable Long accountId, String username, String screen,
                             @Nullable String clientAddress) {
        String actor = username.strip().isEmpty() ? "-" : username.strip();
        entries.save(new AuditEntry(clock.instant(), accountId, actor.length() > ACTOR_MAX ? actor.substring(0, ACTOR_MAX) : actor,
                action, "account", accountId == null ? 0 : accountId, screen,
                ClientAddress.bounded(clientAddress == null ? ClientAddress.current() : clientAddress)));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter, int offset, int limit) {
        return entries.search(blankToNull(filter.actor()), blankToNull(filter.recordType()),
                startOf(filter.from()), startOf(filter.to() == null ? null : filter.to().plusDays(1)),
                PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    /**
     * Writes the entries that match as CSV (UTF-8 with a byte-order mark, so that Excel reads the Japanese
     * right), newest first, a page at a time: headers, actions, kinds of record and screens in the reader's
     * language, times in Japan's time zone (the clock's) with the offset written out.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Locale locale, Writer out) throws IOException {
        out.write('\uFEFF');
        String[] headers = Stream.of("audit.at", "audit.actor", "audit.action", "audit.record-type", "audit.record-id",
                "audit.screen", "audit.client-address").map(key -> texts.header(key, locale)).toArray(String[]::new);
        DateTimeFormatter time = CSV_TIME.withZone(clock.getZone());
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(headers).get().print(out)) {
            int page = 0;
            List<AuditRow> rows;
            do {
                rows = search(filter, page * EXPORT_PAGE, EXPORT_PAGE);
                for (AuditRow row : rows) {
                    csv.printRecord(time.format(row.at()), row.actor(), texts.action(row.action(), locale),
                            texts.recordType(row.recordType(), locale), row.recordId(), texts.screen(row.screen(), locale),
                            row.clientAddress() == null ? "" : row.clientAddress());
                }
                page++;
            } while (rows.size() == EXPORT_PAGE);
        }
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
