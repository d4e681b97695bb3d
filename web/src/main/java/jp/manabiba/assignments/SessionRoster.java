package jp.manabiba.assignments;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A tutoring session as the board column needs it, read from tutoring's tables (read-only SQL, like
 * {@link SeriesMembership}): its organisation, children and tutors, and the state of each child's work for it.
 */
@Component
class SessionRoster {

    record Row(long learnerId, SubmissionState state) {
    }

    private final JdbcClient jdbc;

    SessionRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> organisationOf(long sessionId) {
        return jdbc.sql("select organisation_id from tutoring_session where id = ?").param(sessionId)
                .query(Long.class).optional();
    }

    boolean tutoredBy(long sessionId, long supporterId) {
        return jdbc.sql("select count(*) from session_supporter where session_id = ? and supporter_id = ?")
                .param(sessionId).param(supporterId).query(Long.class).single() > 0;
    }

    Set<Long> learners(long sessionId) {
        return Set.copyOf(jdbc.sql("select learner_id from session_learner where session_id = ?").param(sessionId)
                .query(Long.class).list());
    }

    /**
     * The session's children's work for it: published work given to the session's series or to the child, due at
     * or after the session's start (what is still to do, or was handed in for it).
     */
    List<Row> work(long sessionId) {
        return jdbc.sql("""
                select s.learner_id, s.state from tutoring_session t
                join session_learner sl on sl.session_id = t.id
                join assignment_submission s on s.learner_id = sl.learner_id and s.due_at >= t.starts_at
                where t.id = ? and (
                  exists (select 1 from assignment_series x where x.assignment_id = s.assignment_id and x.series_id = t.series_id)
                  or exists (select 1 from assignment_learner l where l.assignment_id = s.assignment_id and l.learner_id = s.learner_id))""")
                .param(sessionId)
                .query((rs, row) -> new Row(rs.getLong(1), SubmissionState.valueOf(rs.getString(2)))).list();
    }
}
