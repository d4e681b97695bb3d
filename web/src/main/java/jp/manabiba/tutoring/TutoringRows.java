package jp.manabiba.tutoring;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind one organisation's {@link SessionFigures} (the same rules: held sessions, attended places), for
 * that organisation's own coordinators only, never an administrator: the sessions held, and the children with what
 * they attended. At most {@link FirstRows#LIMIT} rows in one query, the names in one more; each child shown is a
 * read in the audit log.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class TutoringRows {

    static final String SCREEN = "outcomes";

    private static final String SESSIONS = "SELECT s.id, s.title, s.starts_at, COUNT(*) OVER () AS total"
            + " FROM tutoring_session s WHERE" + SessionFigures.HELD + "ORDER BY s.starts_at, s.id LIMIT :limit";
    private static final String CHILDREN = "SELECT a.learner_id AS id,"
            + " SUM(CASE WHEN " + SessionFigures.ATTENDED + " THEN 1 ELSE 0 END) AS attended, COUNT(*) AS expected,"
            + " COALESCE(SUM(CASE WHEN " + SessionFigures.ATTENDED + " THEN a.minutes END), 0) AS minutes,"
            + " COUNT(*) OVER () AS total"
            + " FROM tutoring_session s JOIN attendance a ON a.session_id = s.id WHERE" + SessionFigures.HELD
            + "AND a.state IN ('JOINED', 'CHECKED_OUT', 'LATE', 'ABSENT')"
            + " GROUP BY a.learner_id HAVING attended >= :least ORDER BY a.learner_id LIMIT :limit";

    /** A child's places at the held sessions: attended of expected, and the minutes attended. */
    public record ChildAttendance(long learnerId, String name, long attended, long expected, long minutes) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TutoringAccess access;
    private final Participants participants;
    private final AuditLog audit;

    TutoringRows(NamedParameterJdbcTemplate jdbc, TutoringAccess access, Participants participants, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.participants = participants;
        this.audit = audit;
    }

    /** The sessions held (titles and start times, no child). */
    @Transactional(readOnly = true)
    public FirstRows<HeldSession> sessionsHeld(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation);
        long[] total = {0};
        List<HeldSession> rows = jdbc.query(SESSIONS, parameters(organisation, range, 0), (row, i) -> {
            total[0] = row.getLong("total");
            return new HeldSession(row.getLong("id"), row.getString("title"),
                    row.getObject("starts_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
        });
        return new FirstRows<>(rows, total[0]);
    }

    /** The children who attended a held session: those the "children attending" and "hours per child" figures count. */
    @Transactional
    public FirstRows<ChildAttendance> childrenAttending(long organisation, MonthRange range) {
        return children(organisation, range, 1);
    }

    /** Every child expected at a held session (attended or absent): the places the attendance rate counts. */
    @Transactional
    public FirstRows<ChildAttendance> childrenExpected(long organisation, MonthRange range) {
        return children(organisation, range, 0);
    }

    private FirstRows<ChildAttendance> children(long organisation, MonthRange range, int least) {
        access.requireCoordinatesOnly(organisation);
        long[] total = {0};
        List<long[]> counts = jdbc.query(CHILDREN, parameters(organisation, range, least), (row, i) -> {
            total[0] = row.getLong("total");
            return new long[] {row.getLong("id"), row.getLong("attended"), row.getLong("expected"), row.getLong("minutes")};
        });
        Map<Long, String> names = participants.learnerNames(counts.stream().map(c -> c[0]).toList());
        List<ChildAttendance> rows = counts.stream()
                .map(c -> new ChildAttendance(c[0], names.getOrDefault(c[0], "#" + c[0]), c[1], c[2], c[3]))
                .sorted(Comparator.comparing(ChildAttendance::name)).toList();
        rows.forEach(r -> audit.record(AuditAction.READ, "learner", r.learnerId(), SCREEN));
        return new FirstRows<>(rows, total[0]);
    }

    private static Map<String, Object> parameters(long organisation, MonthRange range, int least) {
        return Map.of("organisations", List.of(organisation), "fromTime", range.startUtc(), "endTime", range.endUtc(),
                "least", least, "limit", FirstRows.LIMIT);
    }
}
