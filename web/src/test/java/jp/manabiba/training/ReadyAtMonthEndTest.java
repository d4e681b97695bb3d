package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Ready at each month's end" counted in one statement for every month (docs/benchmarks.md, the outcomes network)
 * gives what the supporters' standings say month by month: a completion counts from its day, stops on the day it
 * expires, and the period's figure is its last month's.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadyAtMonthEndTest {

    private static final MonthRange FISCAL_2025 = new MonthRange(YearMonth.of(2025, 4), YearMonth.of(2026, 3));

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingFigures figures;
    @Autowired
    TrainingRecords records;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    StandingQuery standings;
    @Autowired
    Readiness readiness;
    @Autowired
    TransactionTemplate transactions;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "ready-month-end");
        acting = new Acting(context);
        parent(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 10));     // ready from May on
        parent(LocalDate.of(2023, 9, 15), LocalDate.of(2023, 9, 15));     // safeguarding (24 months) lapses 15 Sep 2025
        parent(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 8, 31));     // ready on the last day of August itself
        long missing = newSupporter(SupporterCategory.PARENT);              // never ready: personal data not done
        complete(missing, "child-safeguarding", LocalDate.of(2025, 4, 1));
    }

    @Test
    void each_month_counts_the_supporters_ready_on_its_last_day_and_the_year_its_last_month() {
        List<MonthlyCount> rows = acting.as(f.coordinatorA, () -> figures.readyAtMonthEnd(List.of(f.organisationA), FISCAL_2025));

        assertThat(rows).contains(new MonthlyCount(f.organisationA, YearMonth.of(2025, 4), 1, 0),
                new MonthlyCount(f.organisationA, YearMonth.of(2025, 5), 2, 0),
                new MonthlyCount(f.organisationA, YearMonth.of(2025, 8), 3, 0),
                new MonthlyCount(f.organisationA, YearMonth.of(2025, 9), 2, 0),
                new MonthlyCount(f.organisationA, YearMonth.of(2026, 3), 2, 0),
                new MonthlyCount(f.organisationA, null, 2, 0),
                new MonthlyCount(null, null, 2, 0));
    }

    @Test
    void the_one_statement_agrees_with_the_standings_of_every_month_up_to_today() {
        YearMonth thisMonth = YearMonth.from(readiness.today());
        MonthRange range = new MonthRange(YearMonth.of(2023, 4), thisMonth.plusMonths(2));
        Map<YearMonth, Long> counted = new TreeMap<>();
        acting.as(f.coordinatorA, () -> figures.readyAtMonthEnd(List.of(f.organisationA), range)).stream()
                .filter(r -> r.organisation() != null && r.month() != null).forEach(r -> counted.put(r.month(), r.count()));

        Map<YearMonth, Long> expected = new TreeMap<>();
        for (YearMonth month = range.first(); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            LocalDate day = month.atEndOfMonth().isAfter(readiness.today()) ? readiness.today() : month.atEndOfMonth();
            long ready = transactions.execute(status -> standings.ofOrganisations(List.of(f.organisationA), day).stream()
                    .filter(SupporterStanding::ready).count());
            if (ready > 0) {
                expected.put(month, ready);
            }
        }
        assertThat(counted).isEqualTo(expected).isNotEmpty();
    }

    private void parent(LocalDate safeguardingOn, LocalDate personalDataOn) {
        long parent = newSupporter(SupporterCategory.PARENT);
        complete(parent, "child-safeguarding", safeguardingOn);
        complete(parent, "personal-data", personalDataOn);
    }

    private long newSupporter(SupporterCategory category) {
        return acting.as(f.coordinatorA, () -> supporters.create(f.organisationA,
                new SupporterDetails(category, "準備", "花子", null, null, null, null)));
    }

    private void complete(long supporter, String code, LocalDate on) {
        long module = context.getBean(TrainingModuleRepository.class).findByCode(code).orElseThrow().id();
        acting.as(f.coordinatorA, () -> records.recordCompletion(supporter, module, on, null));
    }
}
