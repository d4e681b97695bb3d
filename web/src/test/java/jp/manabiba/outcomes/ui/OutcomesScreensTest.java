package jp.manabiba.outcomes.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.outcomes.DrillRow;
import jp.manabiba.outcomes.IndicatorInfo;
import jp.manabiba.outcomes.ManualValueRow;
import jp.manabiba.outcomes.TargetRow;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The outcome screens: the dashboard for each role, presentation mode, drill-down, manual values and targets. */
class OutcomesScreensTest extends KaribuTest {

    private static PeopleFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new PeopleFixture(context, "outcomes-screens");
        }
    }

    @Test
    void a_coordinator_sees_every_indicator_with_its_definition_and_a_figure() {
        open(f.coordinatorA, "outcomes");

        List<IndicatorCardView> cards = LocatorJ._find(IndicatorCardView.class);
        assertThat(cards).hasSize(21);
        IndicatorCardView households = card("HOUSEHOLDS_SUPPORTED");
        assertThat(LocatorJ._get(households, Paragraph.class, s -> s.withClasses("indicator-definition")).getText())
                .contains("支援期間");
        assertThat(LocatorJ._find(households, Span.class, s -> s.withClasses("indicator-figure")).getFirst().getText())
                .isEqualTo("1世帯");
        assertThat(LocatorJ._find(card("TRAINED_STUDENTS"), Span.class, s -> s.withClasses("indicator-pending"))).isEmpty();
        assertThat(card("TRAINED_STUDENTS").card().yearValue().value()).isNotNull();
    }

    @Test
    void presentation_mode_is_a_class_the_button_toggles() {
        open(f.coordinatorA, "outcomes");
        OutcomesView view = (OutcomesView) KaribuSupport.currentView();
        Button present = LocatorJ._get(Button.class, s -> s.withClasses("outcomes-present"));

        _click(present);
        assertThat(view.getClassNames()).contains("presentation");
        _click(present);
        assertThat(view.getClassNames()).doesNotContain("presentation");
    }

    @Test
    void the_coordinator_lists_the_households_behind_the_figure() {
        open(f.coordinatorA, "outcomes");

        Button drill = LocatorJ._get(card("HOUSEHOLDS_SUPPORTED"), Button.class, s -> s.withClasses("indicator-drill-down"));
        assertThat(drill.getAriaLabel()).as("the button names its indicator for a screen reader")
                .hasValueSatisfying(label -> assertThat(label).contains(card("HOUSEHOLDS_SUPPORTED").card().indicator().title(java.util.Locale.JAPANESE)));
        _click(drill);

        @SuppressWarnings("unchecked")
        Grid<DrillRow> rows = LocatorJ._get(Grid.class);
        assertThat(rows.getListDataView().getItems().map(DrillRow::id).toList()).containsExactly(f.householdA);
        assertThat(rows.getColumns()).extracting(c -> c.getHeaderText()).containsExactly("記録", "内容");
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("outcome-drill-down-count"))
                .getText()).isEqualTo("1 件");
    }

    @Test
    void the_administrator_sees_the_network_where_a_small_organisation_shows_as_under_five_and_cannot_drill_down() {
        open(f.admin, "outcomes");

        IndicatorCardView households = card("HOUSEHOLDS_SUPPORTED");
        assertThat(households.card().byOrganisation()).filteredOn(o -> o.organisationId() == f.organisationA)
                .singleElement().satisfies(o -> assertThat(o.value().hidden()).isTrue());
        assertThat(LocatorJ._find(households, com.vaadin.flow.component.html.NativeTableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("<5"));
        assertThat(LocatorJ._find(households, Button.class, s -> s.withClasses("indicator-drill-down"))).isEmpty();
    }

    @Test
    void tutors_teachers_and_children_are_shown_the_access_denied_page_on_every_outcome_screen() {
        for (TestPrincipal user : List.of(f.tutorA, f.teacher, f.learnerA)) {
            for (String route : List.of("outcomes", "outcomes/values", "outcomes/targets")) {
                open(user, route);
                assertThat(KaribuSupport.currentView()).as(user.username() + " " + route).isInstanceOf(AccessDeniedView.class);
            }
        }
        open(f.admin, "outcomes/values");
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
        open(f.coordinatorA, "outcomes/targets");
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_coordinator_records_a_months_meals_and_sees_who_entered_it_and_a_value_too_large_is_refused_at_its_field() {
        open(f.coordinatorA, "outcomes/values");
        IntegerField value = LocatorJ._get(IntegerField.class);

        _setValue(value, 1_000_000);
        _click(LocatorJ._get(Button.class, s -> s.withText("記録する")));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).contains("999999");

        _setValue(value, 42);
        _click(LocatorJ._get(Button.class, s -> s.withText("記録する")));
        Grid<ManualValueRow> history = LocatorJ._get(Grid.class, s -> s.withClasses("manual-value-history"));
        assertThat(history.getListDataView().getItems().toList()).singleElement().satisfies(row -> {
            assertThat(row.value()).isEqualTo(42);
            assertThat(row.enteredBy()).isEqualTo(f.coordinatorA.displayName());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_sets_an_organisations_target_and_a_negative_one_is_refused_at_its_field() {
        open(f.admin, "outcomes/targets");
        Select<OrganisationOption> organisation = LocatorJ._get(Select.class, s -> s.withLabel("団体"));
        _setValue(organisation, organisation.getListDataView().getItems()
                .filter(o -> o.id() == f.organisationA).findFirst().orElseThrow());
        Select<IndicatorInfo> indicator = LocatorJ._get(Select.class, s -> s.withLabel("指標"));
        _setValue(indicator, indicator.getListDataView().getItems().filter(i -> i.code().equals("LIAISON_MEETINGS"))
                .findFirst().orElseThrow());
        BigDecimalField target = LocatorJ._get(BigDecimalField.class);

        _setValue(target, new java.math.BigDecimal("-1"));
        _click(LocatorJ._get(Button.class, s -> s.withText("目標を保存")));
        assertThat(target.isInvalid()).isTrue();

        _setValue(target, new java.math.BigDecimal("6"));
        _click(LocatorJ._get(Button.class, s -> s.withText("目標を保存")));
        Grid<TargetRow> grid = LocatorJ._get(Grid.class, s -> s.withClasses("target-grid"));
        assertThat(grid.getListDataView().getItems().toList()).singleElement()
                .satisfies(row -> assertThat(row.target()).isEqualByComparingTo("6"));
    }

    private static void open(TestPrincipal user, String route) {
        KaribuSupport.signIn(user);
        UI.getCurrent().navigate(route);
    }

    private static IndicatorCardView card(String code) {
        return LocatorJ._find(IndicatorCardView.class).stream().filter(c -> c.card().indicator().code().equals(code))
                .findFirst().orElseThrow();
    }
}
