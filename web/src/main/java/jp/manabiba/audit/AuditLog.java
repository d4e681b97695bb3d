package jp.manabiba.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the current user did something with a record, from a screen. Runs in the caller's
     * transaction: a read that could not be logged does not happen.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, long recordId, String screen) {
        AccountPrincipal actor = currentUser.find().orElse(null);
        entries.save(new AuditEntry(clock.instant(), actor == null ? null : actor.recordingAccountId(),
                actor == null ? "system" : actor.username(), action, recordType, recordId, screen));
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
     * right), newest first, a page at a time.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
                .setHeader("at", "actor", "action", "record_type", "record_id", "screen").get().print(out)) {
            int page = 0;
            List<AuditRow> rows;
            do {
                rows = search(filter, page * EXPORT_PAGE, EXPORT_PAGE);
                for (AuditRow row : rows) {
                    csv.printRecord(row.at(), row.actor(), row.action(), row.recordType(), row.recordId(), row.screen());
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
