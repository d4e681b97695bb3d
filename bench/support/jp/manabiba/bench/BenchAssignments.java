package jp.manabiba.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Published assignments with one question each, set by the demo tutor in the demo's first organisation, by SQL. */
public final class BenchAssignments {

    private BenchAssignments() {
    }

    /** A published assignment with one question of that kind; returns [assignment id, question id]. */
    public static long[] create(JdbcTemplate jdbc, String title, String kind, Instant due) {
        long tutor = BenchChildren.account(jdbc, "tutor");
        long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into assignment (organisation_id, author_account_id, title, instructions, due_at, state, created_at,
                                        published_at) values (?, ?, ?, 'ベンチの しゅくだい', ?, 'PUBLISHED', ?, ?)""",
                organisation, tutor, title, Timestamp.from(due), now, now);
        long assignment = jdbc.queryForObject("select max(id) from assignment where title = ?", Long.class, title);
        jdbc.update("""
                insert into assignment_question (assignment_id, position, kind, prompt, points, required)
                values (?, 1, ?, 'きょう かんがえた ことを かこう。', 10, true)""", assignment, kind);
        long question = jdbc.queryForObject("select id from assignment_question where assignment_id = ?", Long.class, assignment);
        return new long[] {assignment, question};
    }

    /** Gives the assignment to these learners: a recipient row and a NEW submission each; returns the submission ids. */
    public static List<Long> give(JdbcTemplate jdbc, long assignment, List<Long> learners) {
        Timestamp due = jdbc.queryForObject("select due_at from assignment where id = ?", Timestamp.class, assignment);
        List<Object[]> recipients = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        for (long learner : learners) {
            recipients.add(new Object[] {assignment, learner});
            submissions.add(new Object[] {assignment, learner, due});
        }
        jdbc.batchUpdate("insert into assignment_learner (assignment_id, learner_id) values (?, ?)", recipients);
        jdbc.batchUpdate("""
                insert into assignment_submission (assignment_id, learner_id, state, attempt, due_at, late, max_score, version)
                values (?, ?, 'NEW', 1, ?, false, 10, 0)""", submissions);
        return jdbc.queryForList("select id from assignment_submission where assignment_id = ? order by learner_id",
                Long.class, assignment);
    }

    public static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }
}
