package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.learning.LearnerChoice;
import jp.manabiba.learning.LearningFixture;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.learning.UnitHolder;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.SeriesOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The units screen: giving a unit to a child and to a series (the child then has it), who has it, taking it back. */
class UnitsViewTest extends KaribuTest {

    @Autowired
    MyUnits myUnits;

    @Autowired
    UnitAssignments assignments;

    @Test
    void a_tutor_gives_a_unit_to_their_child_and_another_to_their_series_and_the_child_sees_both() {
        LearningFixture f = new LearningFixture(context, "units-view");
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(UnitsView.class);

        openAssign(LearningFixture.FOOD);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<LearnerChoice> learners = LocatorJ._get(MultiSelectComboBox.class, spec -> spec.withClasses("assign-learners"));
        assertThat(learners.getListDataView().getItems().map(LearnerChoice::id).toList())
                .as("only the tutor's matched child is offered").containsExactly(f.people.learnerOfA);
        _setValue(learners, Set.copyOf(learners.getListDataView().getItems().toList()));
        save();

        openAssign(LearningFixture.RIVER);
        @SuppressWarnings("unchecked")
        ComboBox<SeriesOption> series = LocatorJ._get(ComboBox.class, spec -> spec.withClasses("assign-series"));
        SeriesOption own = series.getListDataView().getItems().filter(s -> s.id() == f.seriesOfA).findFirst().orElseThrow();
        _setValue(series, own);
        save();

        KaribuSupport.signIn(f.people.learnerA); // the signed-in session is whom the services see
        assertThat(myUnits.list()).extracting(MyUnitCard::unitId).contains(LearningFixture.FOOD, LearningFixture.RIVER);
    }

    @Test
    void the_holders_dialog_lists_the_child_and_taking_the_unit_back_removes_it_from_the_childs_home() {
        LearningFixture f = new LearningFixture(context, "units-holders");
        f.as(f.people.tutorA, () -> assignments.assignToLearners(LearningFixture.FOOD, List.of(f.people.learnerOfA)));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(UnitsView.class);

        _click(LocatorJ._get(actionsOf(LearningFixture.FOOD), Button.class, spec -> spec.withClasses("unit-holders")));
        @SuppressWarnings("unchecked")
        Grid<UnitHolder> holders = LocatorJ._get(LocatorJ._get(HoldersDialog.class), Grid.class);
        assertThat(GridKt._size(holders)).isEqualTo(1);
        assertThat(GridKt._get(holders, 0).learnerId()).isEqualTo(f.people.learnerOfA);
        _click((Button) GridKt._getCellComponent(holders, 0, "unassign"));

        assertThat(GridKt._size(holders)).isZero();
        KaribuSupport.signIn(f.people.learnerA);
        assertThat(myUnits.list()).extracting(MyUnitCard::unitId).doesNotContain(LearningFixture.FOOD);
    }

    @Test
    void a_tutor_cannot_give_a_unit_to_a_child_they_are_not_matched_with_and_the_try_is_audited() {
        LearningFixture f = new LearningFixture(context, "units-stranger");
        assertThatThrownBy(() -> f.as(f.people.tutorA,
                () -> assignments.assignToLearners(LearningFixture.FOOD, List.of(f.people.learnerOfB))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited(f.people.tutorA, "learner")).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REFUSED);
            assertThat(entry.recordId()).isEqualTo(f.people.learnerOfB);
        });
        assertThat(f.as(f.people.coordinatorB, () -> holdersOfB(f))).as("nothing was given").isEmpty();
    }

    @Test
    void a_child_is_refused_the_units_and_growth_screens() {
        LearningFixture f = new LearningFixture(context, "units-child");
        KaribuSupport.signIn(f.people.learnerA);
        UI.getCurrent().navigate(UnitsView.class);
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate(GrowthView.class);
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }

    private List<UnitHolder> holdersOfB(LearningFixture f) {
        return context.getBean(jp.manabiba.learning.UnitHolders.class).of(LearningFixture.FOOD).stream()
                .filter(h -> h.learnerId() != null && h.learnerId() == f.people.learnerOfB).toList();
    }

    private static com.vaadin.flow.component.Component actionsOf(String unitId) {
        @SuppressWarnings("unchecked")
        Grid<UnitEntry> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("units-grid"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).unitId().equals(unitId)) {
                return GridKt._getCellComponent(grid, row, "actions");
            }
        }
        throw new AssertionError("no unit " + unitId);
    }

    private static void openAssign(String unitId) {
        _click(LocatorJ._get(actionsOf(unitId), Button.class, spec -> spec.withClasses("assign-unit")));
    }

    private static void save() {
        _click(LocatorJ._get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("form.save"))));
        MockVaadin.clientRoundtrip(false);
    }
}
