package jp.manabiba.people.ui;

import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.people.FormerLearnerOption;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The supporter dialog's "once a learner here": chosen among the organisation's children, a second link refused there. */
class FormerLearnerDialogTest extends KaribuTest {

    private static PeopleFixture f;
    private static long second;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new PeopleFixture(context, "former-dialog");
            second = context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(SupporterRecords.class)
                    .create(f.organisationA, new SupporterDetails(SupporterCategory.PARENT, "保護", "花子", null, null, null, null)));
        }
    }

    @Test
    void a_coordinator_links_a_supporter_to_a_child_of_the_organisation_and_a_second_link_is_refused_at_the_field() {
        KaribuSupport.signIn(f.coordinatorA);
        open(f.supporterA);
        ComboBox<FormerLearnerOption> field = formerLearner();
        assertThat(field.getListDataView().getItems().map(FormerLearnerOption::id)).contains(f.learnerOfA)
                .doesNotContain(f.learnerOfB);
        _setValue(field, option(field, f.learnerOfA));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        open(f.supporterA);
        assertThat(formerLearner().getValue()).extracting(FormerLearnerOption::id).isEqualTo(f.learnerOfA);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("やめる")));

        open(second);
        ComboBox<FormerLearnerOption> other = formerLearner();
        _setValue(other, option(other, f.learnerOfA));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        assertThat(other.isInvalid()).isTrue();
        assertThat(other.getErrorMessage()).isEqualTo("この子どもは、ほかの担い手とすでに結びつけられています");
    }

    private static void open(long supporter) {
        UI.getCurrent().navigate(SupportersView.class);
        @SuppressWarnings("unchecked")
        Grid<SupporterRow> grid = LocatorJ._get(Grid.class);
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == supporter).findFirst()
                .orElseThrow();
        GridKt._clickItem(grid, row, 0, false, false, false, false);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<FormerLearnerOption> formerLearner() {
        return LocatorJ._get(ComboBox.class, spec -> spec.withClasses("supporter-former-learner"));
    }

    private static FormerLearnerOption option(ComboBox<FormerLearnerOption> field, long learner) {
        return field.getListDataView().getItems().filter(o -> o.id() == learner).findFirst().orElseThrow();
    }
}
