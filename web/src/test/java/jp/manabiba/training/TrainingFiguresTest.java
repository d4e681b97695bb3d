package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The outcomes dashboard's training figures at the fiscal-year edge: trained on 31 March counts in the year that
 * ends, on 1 April in the new one; another organisation's coordinator counts none of them.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingFiguresTest {

    private static final List<String> PARENT_TRACK = List.of("child-safeguarding", "personal-data",
            "learning-support-session", "developmental-differences");

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingFigures figures;
    @Autowired
    TrainingRecords records;
    @Autowired
    SupporterRecords supporters;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "training-figures");
        acting = new Acting(context);
        trainedParent(LocalDate.of(2026, 3, 31));
        trainedParent(LocalDate.of(2026, 4, 1));
        long student = newSupporter(SupporterCategory.UNIVERSITY_STUDENT);
        complete(student, "interpersonal-support-workshop", LocalDate.of(2026, 4, 1));
    }

    @Test
    void trained_on_the_thirty_first_of_march_counts_in_the_year_that_ends_and_on_the_first_of_april_in_the_next() {
        assertThat(total(figures(SupporterCategory.PARENT, FiscalYear.of(LocalDate.of(2026, 3, 31))))).isEqualTo(1);
        assertThat(total(figures(SupporterCategory.PARENT, FiscalYear.of(LocalDate.of(2026, 4, 1))))).isEqualTo(1);
        assertThat(acting.as(f.coordinatorA, () -> figures.trained(SupporterCategory.PARENT, List.of(f.organisationA),
                yearOf(2025)))).contains(new MonthlyCount(f.organisationA, YearMonth.of(2026, 3), 1, 0));
    }

    @Test
    void students_trained_in_interpersonal_support_count_once_in_the_month_of_the_workshop() {
        List<MonthlyCount> rows = acting.as(f.coordinatorA,
                () -> figures.interpersonalStudents(List.of(f.organisationA), yearOf(2026)));
        assertThat(rows).contains(new MonthlyCount(f.organisationA, YearMonth.of(2026, 4), 1, 0));
    }

    @Test
    void another_organisations_coordinator_counts_none_of_them() {
        assertThat(total(acting.as(f.coordinatorB, () -> figures.trained(SupporterCategory.PARENT,
                List.of(f.organisationA), yearOf(2026))))).isZero();
    }

    private List<MonthlyCount> figures(SupporterCategory category, FiscalYear year) {
        return acting.as(f.coordinatorA, () -> figures.trained(category, List.of(f.organisationA), yearOf(year.year())));
    }

    private static MonthRange yearOf(int fiscalYear) {
        return new MonthRange(YearMonth.of(fiscalYear, 4), YearMonth.of(fiscalYear + 1, 3));
    }

    private static long total(List<MonthlyCount> rows) {
        return rows.stream().filter(r -> r.organisation() == null).mapToLong(MonthlyCount::count).sum();
    }

    private void trainedParent(LocalDate lastModuleOn) {
        long parent = newSupporter(SupporterCategory.PARENT);
        PARENT_TRACK.forEach(code -> complete(parent, code, code.equals("developmental-differences") ? lastModuleOn
                : lastModuleOn.minusDays(10)));
    }

    private long newSupporter(SupporterCategory category) {
        return acting.as(f.coordinatorA, () -> supporters.create(f.organisationA,
                new SupporterDetails(category, "数え", "花子", null, null, null, null)));
    }

    private void complete(long supporter, String code, LocalDate on) {
        long module = context.getBean(TrainingModuleRepository.class).findByCode(code).orElseThrow().id();
        acting.as(f.coordinatorA, () -> records.recordCompletion(supporter, module, on, null));
    }
}
