package jp.manabiba.assignments;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jp.manabiba.tutoring.SeriesEnrolment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives published work to its children: one submission each, for the chosen learners always and for the
 * children of its series while it is not yet due, so that a child enrolled later gets it too. Inserts skip rows
 * that exist (INSERT IGNORE on the unique assignment + learner), so two tabs topping up at once cannot clash; the
 * due time and the full score are copied in SQL from the assignment.
 */
@Component
class Recipients {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final SeriesEnrolment enrolment;
    private final JdbcClient jdbc;

    Recipients(AssignmentRepository assignments, SubmissionRepository submissions, SeriesEnrolment enrolment,
               JdbcClient jdbc) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.enrolment = enrolment;
        this.jdbc = jdbc;
    }

    /**
     * The children who should have this work now: chosen ones, and series children until it is due. Asked by the
     * work's author or its coordinators, whom tutoring answers about their series.
     */
    Set<Long> wanted(Assignment assignment, Instant now) {
        Set<Long> learners = new HashSet<>(assignment.learnerIds());
        if (now.isBefore(assignment.dueAt())) {
            assignment.seriesIds().forEach(series -> learners.addAll(enrolment.learnersOf(series)));
        }
        return learners;
    }

    /** Creates the missing submissions of published work; returns how many. */
    int topUp(Assignment assignment, Instant now) {
        if (!assignment.published()) {
            return 0;
        }
        assignments.flush();
        Set<Long> missing = new HashSet<>(wanted(assignment, now));
        submissions.learnersOf(assignment.id()).forEach(missing::remove);
        int made = 0;
        for (long learner : missing) {
            made += give(assignment.id(), learner);
        }
        return made;
    }

    /**
     * Work of the signed-in child's series that they do not have yet (they were enrolled after it was published).
     */
    void topUpForMe(long learnerId, Instant now) {
        Set<Long> series = enrolment.mySeries();
        if (!series.isEmpty()) {
            assignments.openForSeries(series, now).forEach(a -> give(a.id(), learnerId));
        }
    }

    private int give(long assignmentId, long learnerId) {
        return jdbc.sql("""
                insert ignore into assignment_submission
                  (assignment_id, learner_id, state, attempt, due_at, late, max_score, version)
                select a.id, ?, 'NEW', 1, a.due_at, false,
                  (select coalesce(sum(q.points), 0) from assignment_question q where q.assignment_id = a.id), 0
                from assignment a where a.id = ?""").param(learnerId).param(assignmentId).update();
    }
}
