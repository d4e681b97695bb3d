package jp.manabiba.assignments;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jp.manabiba.tutoring.EnrolledSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work of a session's children for that session: published work given to the session's series or to the
 * child, due at or after the session's start (what is still to do, or was handed in for it). One query on
 * assignments' own tables; the session itself comes from tutoring's {@code SessionEnrolment}.
 */
@Component
class SessionSubmissions {

    record Row(long submissionId, long learnerId, SubmissionState state) {
    }

    private final JdbcClient jdbc;

    SessionSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(EnrolledSession session) {
        if (session.learnerIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.id, s.learner_id, s.state from assignment_submission s
                where s.learner_id in (:learners) and s.due_at >= :starts and (
                  exists (select 1 from assignment_series x where x.assignment_id = s.assignment_id and x.series_id = :series)
                  or exists (select 1 from assignment_learner l where l.assignment_id = s.assignment_id and l.learner_id = s.learner_id))""")
                .param("learners", List.copyOf(session.learnerIds()))
                // stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC): compare in the same terms
                .param("starts", LocalDateTime.ofInstant(session.startsAt(), ZoneOffset.UTC))
                .param("series", session.seriesId() == null ? -1L : session.seriesId())
                .query((rs, row) -> new Row(rs.getLong(1), rs.getLong(2), SubmissionState.valueOf(rs.getString(3)))).list();
    }
}
