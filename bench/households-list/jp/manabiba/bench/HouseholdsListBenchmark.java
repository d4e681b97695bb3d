package jp.manabiba.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManagerFactory;
import jp.manabiba.people.HouseholdDirectory;
import jp.manabiba.people.HouseholdFilter;
import jp.manabiba.people.HouseholdStatus;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator's households list with 10,000 households, 13,334 guardians and 15,000 learners: SQL statements and time per
 * page, through the same service the list view calls. Not a test: run it on purpose (see bench/README.md) and
 * copy the table it prints into docs/benchmarks.md.
 */
@SpringBootTest(properties = {
        "manabiba.data-dir=target/bench-data",
        "manabiba.db.embedded.fresh=true",
        "manabiba.db.embedded.database=manabiba_bench",
        "manabiba.demo.enabled=false",
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"})
class HouseholdsListBenchmark {

    private static final int HOUSEHOLDS = 10_000;
    private static final int LEARNERS = 15_000;
    private static final int PAGE = 50; // Vaadin Grid's default page size
    private static final String[] KANA = {"あおき", "いとう", "うえだ", "えんどう", "おおた", "かとう", "きむら", "くどう",
            "こばやし", "さとう", "しみず", "すずき", "たなか", "なかむら", "はやし", "まつもと", "やまだ", "わたなべ"};

    @Autowired
    ApplicationContext context;
    @Autowired
    HouseholdDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void households_list() throws IOException {
        TestPrincipal coordinator = seed();
        Acting acting = new Acting(context);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        FiscalYear thisYear = FiscalYear.of(LocalDate.now());
        List<String> table = new ArrayList<>();
        table.add("| scenario | calls | SQL statements per page | median ms | p95 ms | max ms |");
        table.add("|---|---|---|---|---|---|");

        measure(acting, coordinator, statistics, "warm-up (not recorded)", 100, i -> page(HouseholdFilter.ALL, 0), null);
        measure(acting, coordinator, statistics, "first page", 200, i -> page(HouseholdFilter.ALL, 0), table);
        measure(acting, coordinator, statistics, "every page in turn (all 10,000 rows)", HOUSEHOLDS / PAGE,
                i -> page(HouseholdFilter.ALL, i * PAGE), table);
        measure(acting, coordinator, statistics, "last page (offset 9,950)", 100,
                i -> page(HouseholdFilter.ALL, HOUSEHOLDS - PAGE), table);
        measure(acting, coordinator, statistics, "search by reading prefix, first page", 200,
                i -> page(new HouseholdFilter(KANA[i % KANA.length].substring(0, 2), null, null), 0), table);
        measure(acting, coordinator, statistics, "supported now + this fiscal year, first page", 200,
                i -> page(new HouseholdFilter(null, HouseholdStatus.ACTIVE, thisYear), 0), table);

        String report = String.join("\n", table);
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target/bench-households-list.md"), report + "\n");
    }

    private record Page(HouseholdFilter filter, int offset) {
    }

    private static Page page(HouseholdFilter filter, int offset) {
        return new Page(filter, offset);
    }

    private void measure(Acting acting, TestPrincipal coordinator, Statistics statistics, String scenario, int calls,
                         IntFunction<Page> pages, List<String> table) {
        long[] nanos = new long[calls];
        long statementsBefore = statistics.getPrepareStatementCount();
        for (int i = 0; i < calls; i++) {
            Page page = pages.apply(i);
            long began = System.nanoTime();
            int rows = acting.as(coordinator, () -> directory.page(page.filter(), page.offset(), PAGE)).size();
            nanos[i] = System.nanoTime() - began;
            if (rows == 0) {
                throw new IllegalStateException(scenario + ": an empty page at offset " + page.offset());
            }
        }
        double statementsPerPage = (statistics.getPrepareStatementCount() - statementsBefore) / (double) calls;
        if (table != null) {
            Arrays.sort(nanos);
            table.add("| %s | %d | %.2f | %.2f | %.2f | %.2f |".formatted(scenario, calls, statementsPerPage,
                    ms(nanos[calls / 2]), ms(nanos[(int) Math.ceil(calls * 0.95) - 1]), ms(nanos[calls - 1])));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** One organisation with a coordinator, 10,000 households, their guardians and 15,000 learners, in batches. */
    private TestPrincipal seed() {
        long organisation = context.getBean(SystemAccess.class).asAdministrator(() -> {
            long account = context.getBean(AccountAdministration.class).create(
                    new NewAccount("bench-coordinator", "ベンチ", null, "bench-password", Set.of(Role.COORDINATOR)));
            long id = context.getBean(NetworkDirectory.class).addOrganisation("ベンチ団体");
            context.getBean(NetworkDirectory.class).addCoordinator(id, account);
            return id;
        });
        Random random = new Random(10_000);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> households = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            LocalDate started = LocalDate.now().minusDays(random.nextInt(1500));
            LocalDate ended = random.nextInt(4) == 0 ? started.plusDays(random.nextInt(400)) : null;
            String kana = KANA[random.nextInt(KANA.length)];
            households.add(new Object[] {organisation, "世帯" + i, kana, "校区" + (i % 20), "JA", Date.valueOf(started),
                    ended == null ? null : Date.valueOf(ended), now});
        }
        jdbc.batchUpdate("""
                insert into household (organisation_id, family_name, family_name_kana, district, preferred_language,
                                       support_started, support_ended, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                households);
        List<Long> ids = jdbc.queryForList("select id from household where organisation_id = ? order by id", Long.class, organisation);
        // One guardian per household and a second in every third: the list names the first, once per household.
        List<Object[]> guardians = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            guardians.add(new Object[] {ids.get(i), "世帯" + i, "保護者", "JA"});
            if (i % 3 == 0) {
                guardians.add(new Object[] {ids.get(i), "世帯" + i, "二人目", "JA"});
            }
        }
        jdbc.batchUpdate("insert into guardian (household_id, family_name, given_name, preferred_language) values (?, ?, ?, ?)",
                guardians);
        List<Object[]> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            long household = ids.get(i < HOUSEHOLDS ? i : random.nextInt(HOUSEHOLDS));
            learners.add(new Object[] {household, "学習者", "太郎" + i, "がくしゅうしゃ", "たろう", "P" + (1 + random.nextInt(6)),
                    "GRADE", now});
        }
        jdbc.batchUpdate("""
                insert into learner (household_id, family_name, given_name, family_name_kana, given_name_kana, grade,
                                     furigana, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", learners);
        jdbc.execute("analyze table household, guardian, learner");
        return TestPrincipal.demo(context, "bench-coordinator");
    }
}
