package jp.manabiba.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import jp.manabiba.bench.BenchApplication;
import jp.manabiba.bench.Figures;
import jp.manabiba.bench.SqlLog;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.security.SystemAccess;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator's "ready / blocked / expiring within 60 days" list for 2,000 supporters whose tracks have 20
 * modules each (docs/training.md): the statements it costs and its time, through {@link StandingQuery} as the
 * list's service calls it, and the trained head count of the targets ({@link TrainedHeads}) on the same data. Not
 * a test: run it on purpose (bench/README.md) and copy the table into docs/benchmarks.md.
 */
@BenchApplication
class TrainingStandingsBenchmark {

    private static final int SUPPORTERS = 2_000;
    private static final int MODULES = 20;
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    private static final String[] CATEGORIES = {"UNIVERSITY_STUDENT", "EX_NURSERY_TEACHER", "PARENT", "OTHER_VOLUNTEER"};

    @Autowired
    ApplicationContext context;
    @Autowired
    StandingQuery standings;
    @Autowired
    TrainedHeads heads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void ready_blocked_expiring_list() {
        long organisation = context.getBean(SystemAccess.class).asAdministrator(
                () -> context.getBean(NetworkDirectory.class).addOrganisation("研修ベンチ団体"));
        int completions = seed(organisation);
        LocalDate today = LocalDate.now(jp.manabiba.i18n.ProgrammeZone.TOKYO);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        List<SupporterStanding> list = measure(statistics, WARM_UP, () -> standings.ofOrganisations(List.of(organisation), today)).result();
        Run<List<SupporterStanding>> standingRun = measure(statistics, RUNS,
                () -> standings.ofOrganisations(List.of(organisation), today));
        Run<List<TrainedHead>> headRun = measure(statistics, RUNS, () -> heads.of(List.of(organisation), today));
        // the database's share: the same statement through plain JDBC, rows read and dropped
        String sql = standingRun.sql().getFirst();
        Run<Integer> databaseRun = measure(statistics, RUNS, () -> jdbc.query(sql, (java.sql.ResultSet rows) -> {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            return count;
        }, Date.valueOf(today), organisation, organisation));
        List<String> plan = jdbc.query("EXPLAIN " + sql, (row, i) -> row.getString("table") + ":" + row.getString("type")
                + ":" + row.getString("key") + ":" + row.getString("rows") + ":" + row.getString("Extra"), Date.valueOf(today),
                organisation, organisation);

        long ready = list.stream().filter(SupporterStanding::ready).count();
        long expiring = list.stream().filter(s -> s.ready() && !s.expiringWithin(60).isEmpty()).count();
        String report = String.join("\n",
                "| what | runs | statements per run | median / p95 / max ms |",
                "|---|---|---|---|",
                "| standings of the organisation (the ready / blocked / expiring list) | %d | %.1f | %s |".formatted(
                        RUNS, standingRun.statements(), Figures.percentiles(standingRun.nanos())),
                "| trained head count for the targets (kept days + live standings) | %d | %.1f | %s |".formatted(
                        RUNS, headRun.statements(), Figures.percentiles(headRun.nanos())),
                "| the standings statement alone through JDBC (%d rows; the database's share) | %d | 1 | %s |".formatted(
                        databaseRun.result(), RUNS, Figures.percentiles(databaseRun.nanos())),
                "",
                "%d supporters, %d modules per track, %d completions; %d ready, %d blocked, %d expiring within 60 days, %d trained. Load: %s"
                        .formatted(list.size(), MODULES, completions, ready, list.size() - ready, expiring,
                                headRun.result().size(), Figures.load()),
                "",
                "Statements of one standings run: " + standingRun.sql(),
                "",
                "EXPLAIN (table:type:key:rows:Extra): " + plan);
        Figures.report("bench-training-standings", report);
    }


    private static String rowText(java.sql.ResultSet row) throws java.sql.SQLException {
        StringBuilder text = new StringBuilder();
        for (int column = 1; column <= 11; column++) {
            text.append(row.getString(column)).append('|');
        }
        return text.toString();
    }

    private record Run<T>(T result, double statements, List<Long> nanos, List<String> sql) {
    }

    private <T> Run<T> measure(Statistics statistics, int runs, Supplier<T> query) {
        List<Long> nanos = new ArrayList<>();
        long before = statistics.getPrepareStatementCount();
        T result = null;
        List<String> sql = List.of();
        for (int i = 0; i < runs; i++) {
            SqlLog.start();
            long began = System.nanoTime();
            result = transactions.execute(status -> query.get());
            nanos.add(System.nanoTime() - began);
            sql = SqlLog.stop();
        }
        return new Run<>(result, (statistics.getPrepareStatementCount() - before) / (double) runs, nanos, sql);
    }

    /** 20 modules, the organisation's own track of them for each category, 2,000 supporters, their completions. */
    private int seed(long organisation) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> modules = new ArrayList<>();
        for (int m = 1; m <= MODULES; m++) {
            modules.add(new Object[] {"bench-module-" + m, "ベンチ研修 " + m, m % 2 == 0 ? 24 : null, organisation, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO training_module (code, kind, title, hours, validity_months, organisation_id, created_at)
                VALUES (?, 'SELF_STUDY', ?, 1.0, ?, ?, ?)""", modules);
        List<Long> moduleIds = jdbc.queryForList("SELECT id FROM training_module WHERE code LIKE 'bench-module-%' ORDER BY id", Long.class);
        for (String category : CATEGORIES) {
            jdbc.update("INSERT INTO training_track (organisation_id, category, changed_at) VALUES (?, ?, ?)",
                    organisation, category, now);
            long track = jdbc.queryForObject("SELECT id FROM training_track WHERE organisation_id = ? AND category = ?",
                    Long.class, organisation, category);
            List<Object[]> entries = new ArrayList<>();
            for (int m = 0; m < MODULES; m++) {
                entries.add(new Object[] {track, moduleIds.get(m), m + 1,
                        m < 5 ? "BEFORE_CHILDREN" : m < 15 ? "REQUIRED" : "OPTIONAL"});
            }
            jdbc.batchUpdate("INSERT INTO training_track_module (track_id, module_id, position, requirement) VALUES (?, ?, ?, ?)",
                    entries);
        }
        List<Object[]> supporters = new ArrayList<>();
        for (int i = 0; i < SUPPORTERS; i++) {
            supporters.add(new Object[] {organisation, CATEGORIES[i % CATEGORIES.length], "ベンチ", "担い手" + i, now});
        }
        jdbc.batchUpdate("INSERT INTO supporter (organisation_id, category, family_name, given_name, created_at) VALUES (?, ?, ?, ?, ?)",
                supporters);
        List<Long> supporterIds = jdbc.queryForList("SELECT id FROM supporter WHERE organisation_id = ? ORDER BY id",
                Long.class, organisation);
        // Each supporter has done the first 3 to 20 modules of the track, on days over the past three years; every
        // fourth renewed their first module later (a second completion).
        Random random = new Random(2_000);
        LocalDate today = LocalDate.now(jp.manabiba.i18n.ProgrammeZone.TOKYO);
        List<Object[]> done = new ArrayList<>();
        for (int s = 0; s < supporterIds.size(); s++) {
            int modulesDone = 3 + random.nextInt(MODULES - 2);
            for (int m = 0; m < modulesDone; m++) {
                LocalDate on = today.minusDays(random.nextInt(3 * 365));
                done.add(completion(supporterIds.get(s), moduleIds.get(m), on, m % 2 == 1, now));
                if (m == 0 && s % 4 == 0) {
                    done.add(completion(supporterIds.get(s), moduleIds.get(m), on.plusDays(random.nextInt(
                            (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(on, today)))), false, now));
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO training_completion (supporter_id, module_id, completed_on, expires_on, method, recorded_at)
                VALUES (?, ?, ?, ?, 'RECORDED', ?)""", done);
        jdbc.execute("ANALYZE TABLE supporter, training_module, training_track, training_track_module, training_completion");
        return done.size();
    }

    /** Modules of even position (index odd) are valid 24 months, as the seeding above made them. */
    private static Object[] completion(long supporter, long module, LocalDate on, boolean expires, Timestamp now) {
        return new Object[] {supporter, module, Date.valueOf(on), expires ? Date.valueOf(on.plusMonths(24)) : null, now};
    }
}
