package jp.manabiba.assignments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work behind one organisation's {@link WorkFigures} count (the same rule), for that organisation's own
 * coordinators only: at most {@link FirstRows#LIMIT} in one query, the children's names in one more; each piece of
 * work shown is a read in the audit log.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class WorkRows {

    static final String SCREEN = "outcomes";

    private static final String ROWS = """
            SELECT s.id, a.title, s.learner_id, s.submitted_at, COUNT(*) OVER () AS total
            FROM assignment_submission s JOIN assignment a ON a.id = s.assignment_id
            WHERE a.organisation_id = :organisation AND s.state IN ('SUBMITTED', 'DONE')
              AND s.submitted_at >= :fromTime AND s.submitted_at < :endTime
            ORDER BY s.submitted_at, s.id LIMIT :limit""";

    /** A piece of work handed in: the assignment, the child, the day (Tokyo). */
    public record CompletedWork(long submissionId, String assignment, String child, LocalDate handedIn) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AssignmentsAccess access;
    private final Participants participants;
    private final AuditLog audit;

    WorkRows(NamedParameterJdbcTemplate jdbc, AssignmentsAccess access, Participants participants, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional
    public FirstRows<CompletedWork> completedIn(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation);
        long[] total = {0};
        record Row(long id, String title, long learner, LocalDateTime at) {
        }
        List<Row> found = jdbc.query(ROWS, Map.of("organisation", organisation, "fromTime", range.startUtc(),
                "endTime", range.endUtc(), "limit", FirstRows.LIMIT), (row, i) -> {
                    total[0] = row.getLong("total");
                    return new Row(row.getLong("id"), row.getString("title"), row.getLong("learner_id"),
                            row.getObject("submitted_at", LocalDateTime.class));
                });
        Map<Long, String> names = participants.learnerNames(found.stream().map(Row::learner).distinct().toList());
        List<CompletedWork> rows = found.stream().map(r -> new CompletedWork(r.id(), r.title(),
                names.getOrDefault(r.learner(), "#" + r.learner()),
                r.at().atOffset(ZoneOffset.UTC).atZoneSameInstant(ProgrammeZone.TOKYO).toLocalDate())).toList();
        rows.forEach(r -> audit.record(AuditAction.READ, "submission", r.submissionId(), SCREEN));
        return new FirstRows<>(rows, total[0]);
    }
}
