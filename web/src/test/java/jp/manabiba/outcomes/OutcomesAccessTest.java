package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may see, enter, set and drill down, through the services for every role and another organisation's ids:
 * coordinators their own organisations, administrators every one and the network but never a child.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesAccessTest {

    private static final FiscalYear YEAR = new FiscalYear(2026);

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    ManualValues manual;
    @Autowired
    TargetSettings targets;
    @Autowired
    DrillDowns drillDowns;
    @Autowired
    AuditLog audit;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "outcomes-access");
        acting = new Acting(context);
    }

    @Test
    void tutors_teachers_and_children_are_refused_every_outcome_service() {
        for (TestPrincipal user : List.of(f.tutorA, f.teacher, f.learnerA)) {
            assertRefused(user, () -> dashboard.cards(f.organisationA, YEAR));
            assertRefused(user, () -> dashboard.organisations());
            assertRefused(user, () -> manual.enter(f.organisationA, "FOOD_MEALS", YearMonth.of(2026, 5), 10, null));
            assertRefused(user, () -> manual.history(f.organisationA, "FOOD_MEALS", YearMonth.of(2026, 5)));
            assertRefused(user, () -> drillDowns.rows(f.organisationA, HouseholdsSupportedQuery.CODE, YEAR, Locale.JAPANESE));
            assertRefused(user, () -> targets.targets(null));
        }
    }

    @Test
    void a_coordinator_sees_their_organisation_and_is_refused_another_and_the_network() {
        assertThat(acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, YEAR))).isNotEmpty();
        assertThat(acting.as(f.coordinatorA, () -> dashboard.organisations())).extracting(o -> o.id())
                .containsExactly(f.organisationA);
        assertRefused(f.coordinatorA, () -> dashboard.cards(f.organisationB, YEAR));
        assertRefused(f.coordinatorA, () -> dashboard.cards(999_999_999L, YEAR));
        assertRefused(f.coordinatorA, () -> dashboard.cards(null, YEAR));
        assertThat(acting.as(f.admin, () -> audit.search(new AuditFilter(f.coordinatorA.username(), "organisation", null, null), 0, 50)))
                .anySatisfy(e -> assertThat(e.action().name()).isEqualTo("REFUSED"));
    }

    @Test
    void a_coordinator_lists_the_households_behind_their_figure_and_the_look_is_audited() {
        List<DrillRow> rows = acting.as(f.coordinatorA, () -> drillDowns.rows(f.organisationA, HouseholdsSupportedQuery.CODE, YEAR, Locale.JAPANESE)).rows();

        assertThat(rows).extracting(DrillRow::id).containsExactly(f.householdA);
        assertThat(acting.as(f.admin, () -> audit.search(new AuditFilter(f.coordinatorA.username(), "household", null, null), 0, 50)))
                .anySatisfy(e -> {
                    assertThat(e.recordId()).isEqualTo(f.householdA);
                    assertThat(e.screen()).isEqualTo("outcomes");
                });
        assertRefused(f.coordinatorA, () -> drillDowns.rows(f.organisationB, HouseholdsSupportedQuery.CODE, YEAR, Locale.JAPANESE));
    }

    @Test
    void an_administrator_sees_the_network_in_counts_and_never_the_children_behind_them() {
        List<IndicatorCard> cards = acting.as(f.admin, () -> dashboard.cards(null, YEAR));
        IndicatorCard households = cards.stream().filter(c -> c.indicator().code().equals(HouseholdsSupportedQuery.CODE))
                .findFirst().orElseThrow();

        assertThat(households.drillsDown()).isFalse();
        assertThat(households.byOrganisation()).extracting(OrganisationFigure::organisationId)
                .contains(f.organisationA, f.organisationB);
        assertThat(households.byOrganisation()).filteredOn(o -> o.organisationId() == f.organisationA)
                .allSatisfy(o -> assertThat(o.value().hidden()).as("one household leaves the organisation as <5").isTrue());
        IndicatorCard ownView = acting.as(f.admin, () -> dashboard.cards(f.organisationA, YEAR)).getFirst();
        assertThat(ownView.yearValue().hidden()).isTrue();
        assertRefused(f.admin, () -> drillDowns.rows(f.organisationA, HouseholdsSupportedQuery.CODE, YEAR, Locale.JAPANESE));
    }

    @Test
    void the_coordinator_sees_their_own_small_figure_as_it_is() {
        IndicatorCard households = acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, YEAR)).getFirst();

        assertThat(households.indicator().code()).isEqualTo(HouseholdsSupportedQuery.CODE);
        assertThat(households.yearValue().hidden()).isFalse();
        assertThat(households.yearValue().value()).isEqualByComparingTo("1");
        assertThat(households.drillsDown()).isTrue();
    }

    @Test
    void manual_values_are_entered_by_the_organisations_coordinator_and_corrections_keep_who_and_when() {
        YearMonth may = YearMonth.of(2026, 5);
        acting.as(f.coordinatorA, () -> manual.enter(f.organisationA, "FOOD_MEALS", may, 120, "5月分"));
        acting.as(f.coordinatorA, () -> manual.enter(f.organisationA, "FOOD_MEALS", may, 125, "訂正"));

        List<ManualValueRow> history = acting.as(f.coordinatorA, () -> manual.history(f.organisationA, "FOOD_MEALS", may));
        assertThat(history).extracting(ManualValueRow::value).containsExactly(125L, 120L);
        assertThat(history).extracting(ManualValueRow::inForce).containsExactly(true, false);
        assertThat(history.getFirst().enteredBy()).isEqualTo(f.coordinatorA.displayName());
        IndicatorCard meals = acting.as(f.coordinatorA, () -> dashboard.cards(f.organisationA, YEAR)).stream()
                .filter(c -> c.indicator().code().equals("FOOD_MEALS")).findFirst().orElseThrow();
        assertThat(meals.yearValue().value()).isEqualByComparingTo("125");

        assertRefused(f.coordinatorA, () -> manual.enter(f.organisationB, "FOOD_MEALS", may, 1, null));
        assertRefused(f.coordinatorB, () -> manual.history(f.organisationA, "FOOD_MEALS", may));
        assertRefused(f.admin, () -> manual.enter(f.organisationA, "FOOD_MEALS", may, 1, null));
    }

    @Test
    void manual_values_outside_their_rules_are_refused_at_their_field() {
        refusedQuietly(() -> acting.as(f.coordinatorA, () -> manual.enter(f.organisationA, "SESSIONS_HELD", YearMonth.of(2026, 5), 1, null)),
                "indicator", "outcomes.error.indicator");
        refusedQuietly(() -> acting.as(f.coordinatorA, () -> manual.enter(f.organisationA, "FOOD_MEALS", YearMonth.of(2023, 5), 1, null)),
                "month", "outcomes.error.month-range", "2024-04", YearMonth.now(context.getBean(java.time.Clock.class)).toString());
        refusedQuietly(() -> acting.as(f.coordinatorA, () -> manual.enter(f.organisationA, "FOOD_MEALS", YearMonth.of(2026, 5), 1_000_000, null)),
                "value", "outcomes.error.value-range", "0", "999999");
        refusedQuietly(() -> acting.as(f.coordinatorA, () -> manual.enter(f.organisationA, "FOOD_MEALS", YearMonth.of(2026, 5), 1, "x".repeat(501))),
                "note", "validation.too-long", 500);
    }

    @Test
    void targets_are_set_by_an_administrator_only_and_checked() {
        TargetRow meetings = new TargetRow("LIAISON_MEETINGS", f.organisationA, PeriodKind.FISCAL_YEAR, 2026, new BigDecimal("6"));
        acting.as(f.admin, () -> targets.set(meetings));
        acting.as(f.admin, () -> targets.set(new TargetRow("LIAISON_MEETINGS", f.organisationA, PeriodKind.FISCAL_YEAR, 2026, new BigDecimal("4"))));

        assertThat(acting.as(f.admin, () -> targets.targets(f.organisationA))).extracting(TargetRow::target)
                .containsExactly(new BigDecimal("4.00"));
        assertRefused(f.coordinatorA, () -> {
            targets.set(meetings);
            return null;
        });
        refusedQuietly(() -> acting.as(f.admin, () -> targets.set(new TargetRow(HouseholdsSupportedQuery.CODE, null, PeriodKind.FISCAL_YEAR, 2026, BigDecimal.TEN))),
                "indicator", "outcomes.error.households-target");
        refusedQuietly(() -> acting.as(f.admin, () -> targets.set(new TargetRow("FOOD_MEALS", null, PeriodKind.PROGRAMME, 2025, BigDecimal.TEN))),
                "year", "outcomes.error.year-range", "2024", String.valueOf(new FiscalYear(2026).year() + 2));
        refusedQuietly(() -> acting.as(f.admin, () -> targets.set(new TargetRow("FOOD_MEALS", null, PeriodKind.PROGRAMME, 2024, new BigDecimal("-1")))),
                "target", "outcomes.error.target-range", "0", "9999999999.99");
        refusedQuietly(() -> acting.as(f.admin, () -> targets.set(new TargetRow("FOOD_MEALS", null, PeriodKind.PROGRAMME, 2024, new BigDecimal("1.005")))),
                "target", "outcomes.error.target-range", "0", "9999999999.99");
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("青木", "別府"));
    }
}
