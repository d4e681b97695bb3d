package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.testing.Refusals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trained supporters per fiscal year, right at the boundary (31 March counts in the year that ends, 1 April in the
 * one that begins), over the programme's three years (2024-2026年度 by default), against the targets in force.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingTargetsTest {

    private static final String[] PARENT_TRACK = {"child-safeguarding", "personal-data", "learning-support-session",
            "developmental-differences"};

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingTargets targets;
    @Autowired
    TrainingRecords records;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    JdbcTemplate jdbc;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void trainedAtTheBoundaries() {
        f = new PeopleFixture(context, "targets");
        acting = new Acting(context);
        trainParent(f.organisationA, LocalDate.of(2026, 3, 31));
        trainParent(f.organisationA, LocalDate.of(2026, 4, 1));
        trainParent(f.organisationA, LocalDate.of(2024, 4, 1));
        trainParent(f.organisationA, LocalDate.of(2024, 3, 31));
        // trained by the live standing but without a kept day (as after a track lost the module they lacked)
        long unkept = trainParent(f.organisationB, LocalDate.of(2025, 6, 1));
        jdbc.update("DELETE FROM training_trained WHERE supporter_id = ?", unkept);
    }

    @Test
    void thirty_first_of_march_counts_in_the_year_that_ends_and_first_of_april_in_the_next() {
        assertThat(parentsOf(f.coordinatorA, 2025).thisYear()).isEqualTo(1);
        assertThat(parentsOf(f.coordinatorA, 2026).thisYear()).isEqualTo(1);
        assertThat(parentsOf(f.coordinatorA, 2024).thisYear()).isEqualTo(1);
        assertThat(parentsOf(f.coordinatorA, 2023).thisYear()).isEqualTo(1);
    }

    @Test
    void the_programme_counts_its_three_years_only_and_each_supporter_once() {
        // 2024-04-01, 2026-03-31 and 2026-04-01; not the one trained on 2024-03-31, before the programme began
        assertThat(parentsOf(f.coordinatorA, 2026).programmeToDate()).isEqualTo(3);
    }

    @Test
    void a_supporter_trained_by_the_live_standing_without_a_kept_day_still_counts() {
        CategoryProgress parents = parentsOf(f.coordinatorB, 2025);
        assertThat(parents.thisYear()).isEqualTo(1);
        assertThat(parents.programmeToDate()).isEqualTo(1);
    }

    @Test
    void without_targets_of_its_own_an_organisation_is_shown_against_the_network_and_its_defaults() {
        CategoryProgress students = acting.as(f.coordinatorB, () -> targets.organisations(new FiscalYear(2025)))
                .getFirst().categories().stream().filter(c -> c.category() == SupporterCategory.UNIVERSITY_STUDENT)
                .findFirst().orElseThrow();
        assertThat(students.programmeGoal()).isEqualTo(new Goal(40, Goal.Source.DEFAULT));
        assertThat(students.yearGoal()).isEqualTo(new Goal(14, Goal.Source.DEFAULT)); // a third of 40, rounded up
        TargetProgress network = acting.as(f.admin, () -> targets.network(new FiscalYear(2027)));
        assertThat(network.categories()).filteredOn(c -> c.category() == SupporterCategory.PARENT).singleElement()
                .satisfies(c -> {
                    assertThat(c.programmeGoal()).isEqualTo(new Goal(45, Goal.Source.DEFAULT));
                    assertThat(c.yearGoal()).as("after the programme, no yearly target unless set").isNull();
                });
    }

    @Test
    void an_administrator_sets_an_organisations_targets_and_they_are_audited() {
        acting.as(f.admin, () -> targets.setTarget(f.organisationA, SupporterCategory.PARENT, TargetPeriod.PROGRAMME,
                2024, 12));
        acting.as(f.admin, () -> targets.setTarget(f.organisationA, SupporterCategory.PARENT, TargetPeriod.FISCAL_YEAR,
                2025, 7));
        assertThat(parentsOf(f.coordinatorA, 2025).yearGoal()).isEqualTo(new Goal(7, Goal.Source.ORGANISATION));
        assertThat(parentsOf(f.coordinatorA, 2026).yearGoal()).isEqualTo(new Goal(4, Goal.Source.ORGANISATION));
        assertThat(parentsOf(f.coordinatorA, 2026).programmeGoal()).isEqualTo(new Goal(12, Goal.Source.ORGANISATION));
        acting.as(f.admin, () -> targets.setTarget(f.organisationA, SupporterCategory.PARENT, TargetPeriod.FISCAL_YEAR,
                2025, 8));
        assertThat(parentsOf(f.coordinatorA, 2025).yearGoal()).isEqualTo(new Goal(8, Goal.Source.ORGANISATION));
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM audit_entry WHERE record_type = 'training-target' AND record_id = ?
                        AND action = 'CHANGE' AND actor = ?""", Integer.class, f.organisationA, f.admin.username()))
                .isEqualTo(3);
    }

    @Test
    void targets_out_of_range_are_refused_at_their_field() {
        Refusals.refusedQuietly(() -> acting.as(f.admin, () -> targets.setTarget(f.organisationB,
                SupporterCategory.PARENT, TargetPeriod.FISCAL_YEAR, 2025, 0)),
                "target", "training.target.error.range", TrainingTargets.TARGET_MIN, TrainingTargets.TARGET_MAX);
        Refusals.refusedQuietly(() -> acting.as(f.admin, () -> targets.setTarget(f.organisationB,
                SupporterCategory.PARENT, TargetPeriod.FISCAL_YEAR, 2023, 10)),
                "year", "training.target.error.year-range", "2024",
                String.valueOf(acting.as(f.admin, () -> targets.settableYears()).getLast().year()));
        Refusals.refusedQuietly(() -> acting.as(f.admin, () -> targets.setTarget(f.organisationB,
                SupporterCategory.PARENT, TargetPeriod.PROGRAMME, 2025, 10)),
                "year", "training.target.error.programme-year", "2024");
        assertThat(parentsOf(f.coordinatorB, 2025).yearGoal()).isEqualTo(new Goal(15, Goal.Source.DEFAULT));
    }

    private CategoryProgress parentsOf(TestPrincipal coordinator, int year) {
        return acting.as(coordinator, () -> targets.organisations(new FiscalYear(year))).getFirst().categories()
                .stream().filter(c -> c.category() == SupporterCategory.PARENT).findFirst().orElseThrow();
    }

    /** A new parent of the organisation whose last needed module is completed on the day. */
    private long trainParent(long organisation, LocalDate day) {
        TestPrincipal coordinator = organisation == f.organisationA ? f.coordinatorA : f.coordinatorB;
        long parent = acting.as(coordinator, () -> supporters.create(organisation,
                new SupporterDetails(SupporterCategory.PARENT, "目標", "花子", null, null, null, null)));
        for (int i = 0; i < PARENT_TRACK.length; i++) {
            long module = context.getBean(TrainingModuleRepository.class).findByCode(PARENT_TRACK[i]).orElseThrow().id();
            LocalDate on = i == PARENT_TRACK.length - 1 ? day : day.minusDays(20);
            acting.as(coordinator, () -> records.recordCompletion(parent, module, on, null));
        }
        return parent;
    }
}
