package jp.manabiba.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManagerFactory;
import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.QueueFilter;
import jp.manabiba.assignments.Reviewing;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: the tutor's review queue ({@link Reviewing#queue}) and a child's やること ({@link Answering#todo}) with
 * 50,000 submissions in the database: statements per page (Hibernate's statistics, and the database's own
 * counters, which also see Spring's JdbcClient) and time per page. Not a test: run it on purpose
 * (bench/README.md) and copy the table it prints into docs/benchmarks.md.
 */
@BenchApplication
class AssignmentListsBenchmark {

    private static final int ASSIGNMENTS = 50;
    private static final int LEARNERS = 1_000; // 999 new ones and the demo child "learner"
    private static final int PAGE = 50;

    @Autowired
    ApplicationContext context;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Answering answering;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;
    private final List<String> table = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();

    @Test
    void queue_and_todo_with_50000_submissions() throws IOException {
        long waiting = seed();
        long oneLearner = jdbc.queryForObject("""
                select learner_id from assignment_submission where state = 'SUBMITTED' group by learner_id
                order by count(*) desc limit 1""", Long.class);
        TestPrincipal tutor = TestPrincipal.demo(context, "tutor");
        TestPrincipal child = TestPrincipal.demo(context, "learner");
        Acting acting = new Acting(context);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        table.add("| scenario | calls | rows per call | Hibernate statements per page | database statements per page | median ms | p95 ms | max ms |");
        table.add("|---|---|---|---|---|---|---|---|");

        measure("warm-up (not recorded)", 100, i -> acting.as(tutor, () -> reviewing.queue(QueueFilter.ALL, 0, PAGE)).size(), false);
        measure("warm-up (not recorded)", 100, i -> acting.as(child, () -> answering.todo()).size(), false);
        measure("review queue: first page", 200, i -> acting.as(tutor, () -> reviewing.queue(QueueFilter.ALL, 0, PAGE)).size(), true);
        int pages = (int) Math.min(200, waiting / PAGE);
        measure("review queue: pages 1-" + pages + " in turn", pages,
                i -> acting.as(tutor, () -> reviewing.queue(QueueFilter.ALL, i * PAGE, PAGE)).size(), true);
        int last = (int) ((waiting - 1) / PAGE * PAGE);
        measure("review queue: last page (offset " + last + ")", 100,
                i -> acting.as(tutor, () -> reviewing.queue(QueueFilter.ALL, last, PAGE)).size(), true);
        measure("review queue: one child's work (filter by learner)", 200,
                i -> acting.as(tutor, () -> reviewing.queue(new QueueFilter(null, oneLearner), 0, PAGE)).size(), true);
        measure("やること of the demo child (all their work, one list)", 200,
                i -> acting.as(child, () -> answering.todo()).size(), true);

        String report = "submissions in the database: " + jdbc.queryForObject("select count(*) from assignment_submission", Long.class)
                + ", waiting for review: " + waiting + "\n\n" + String.join("\n", table)
                + "\n\nstatements of one call (Hibernate's SQL, shortened):\n" + String.join("\n", statements)
                + "\n\nthe database's plan of the first page (EXPLAIN of the page query's shape):\n" + explainFirstPage();
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target/bench-assignment-lists.md"), report + "\n");
    }

    /** Which index the page query uses (ix_submission_queue in order, stopping at the page's end). */
    private String explainFirstPage() {
        String matched = String.join(",", jdbc.queryForList("""
                select m.learner_id from tutoring_match m join supporter s on s.id = m.supporter_id
                join account a on a.id = s.account_id where a.username = 'tutor'""", String.class));
        return jdbc.queryForList("""
                explain select s.*, (select a.title from assignment a where a.id = s.assignment_id)
                from assignment_submission s where s.state = 'SUBMITTED'
                and (s.assignment_id in (select a.id from assignment a where a.author_account_id =
                    (select id from account where username = 'tutor') or a.organisation_id in (-1))
                  or s.learner_id in (%s))
                order by s.submitted_at, s.id limit 50""".formatted(matched.isEmpty() ? "-1" : matched)).stream()
                .map(Object::toString).collect(java.util.stream.Collectors.joining("\n"));
    }

    private void measure(String scenario, int calls, IntFunction<Integer> call, boolean record) {
        long[] nanos = new long[calls];
        int rows = 0;
        long hibernateBefore = statistics.getPrepareStatementCount();
        long serverBefore = ServerCounters.statements(jdbc);
        for (int i = 0; i < calls; i++) {
            long began = System.nanoTime();
            rows = call.apply(i);
            nanos[i] = System.nanoTime() - began;
        }
        long server = ServerCounters.statements(jdbc) - serverBefore - 1; // less this count's own SELECT
        double hibernate = (statistics.getPrepareStatementCount() - hibernateBefore) / (double) calls;
        if (!record) {
            return;
        }
        SqlLog.start();
        call.apply(0);
        statements.add("- " + scenario + ":");
        SqlLog.stop().forEach(sql -> statements.add("  - `" + (sql.length() > 160 ? sql.substring(0, 160) + "…" : sql) + "`"));
        Arrays.sort(nanos);
        table.add("| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |".formatted(scenario, calls, rows, hibernate,
                server / (double) calls, ms(nanos[calls / 2]), ms(nanos[(int) Math.ceil(calls * 0.95) - 1]), ms(nanos[calls - 1])));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /**
     * 999 learners and the demo child, 50 assignments of the demo tutor given to each of them: 50,000 submissions,
     * about 40 % handed in (waiting for review, handed in over the last 60 days), the rest new, in progress or done.
     * Returns how many wait for review.
     */
    private long seed() {
        Long household = jdbc.queryForObject("""
                select l.household_id from learner l join account a on a.id = l.account_id where a.username = 'learner'""",
                Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> learners = new ArrayList<>();
        for (int i = 1; i < LEARNERS; i++) {
            learners.add(new Object[] {household, "ベンチ", "子" + i, "べんち", "こ", "P" + (1 + i % 6), "GRADE", now});
        }
        jdbc.batchUpdate("""
                insert into learner (household_id, family_name, given_name, family_name_kana, given_name_kana, grade,
                                     furigana, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", learners);
        List<Long> ids = new ArrayList<>(jdbc.queryForList(
                "select id from learner where family_name = 'ベンチ' and given_name like '子%' order by id", Long.class));
        ids.add(jdbc.queryForObject("select l.id from learner l join account a on a.id = l.account_id where a.username = 'learner'",
                Long.class));
        Random random = new Random(50_000);
        Instant start = Instant.now();
        for (int a = 0; a < ASSIGNMENTS; a++) {
            long assignment = BenchAssignments.create(jdbc, "ベンチ課題 " + a, "LONG_TEXT", BenchAssignments.inDays(a - 25))[0];
            Timestamp due = jdbc.queryForObject("select due_at from assignment where id = ?", Timestamp.class, assignment);
            List<Object[]> rows = new ArrayList<>();
            for (long learner : ids) {
                int pick = random.nextInt(10);
                String state = pick < 4 ? "SUBMITTED" : pick < 6 ? "DONE" : pick < 8 ? "IN_PROGRESS" : "NEW";
                Timestamp submitted = pick < 6
                        ? Timestamp.from(start.minus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES)) : null;
                rows.add(new Object[] {assignment, learner, state, due, submitted != null && submitted.after(due), submitted,
                        "DONE".equals(state) ? random.nextInt(11) : null});
            }
            jdbc.batchUpdate("""
                    insert into assignment_submission (assignment_id, learner_id, state, attempt, due_at, late, submitted_at,
                                                       score, max_score, version) values (?, ?, ?, 1, ?, ?, ?, ?, 10, 0)""", rows);
        }
        jdbc.execute("analyze table learner, assignment, assignment_submission");
        return jdbc.queryForObject("select count(*) from assignment_submission where state = 'SUBMITTED'", Long.class);
    }
}
