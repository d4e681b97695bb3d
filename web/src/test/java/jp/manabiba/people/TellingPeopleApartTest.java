package jp.manabiba.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.LearnerView;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Households and supporters that share a name are told apart on the coordinator's screens (issue 7, point 14). */
class TellingPeopleApartTest extends KaribuTest {

    @Test
    void households_of_one_family_name_show_their_first_guardian_and_district() {
        PeopleFixture f = new PeopleFixture(context, "apart-households");
        HouseholdRecords records = context.getBean(HouseholdRecords.class);
        new Acting(context).as(f.coordinatorA, () -> {
            long first = records.create(f.organisationA, ikeda("富田小学校区"));
            records.addGuardian(first, guardian("さくら"));
            records.addGuardian(first, guardian("大輔"));
            long second = records.create(f.organisationA, ikeda("芥川小学校区"));
            records.addGuardian(second, guardian("まゆみ"));
        });
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(HouseholdsView.class);
        _setValue(LocatorJ._get(TextField.class), "いけだ");
        @SuppressWarnings("unchecked")
        Grid<HouseholdRow> grid = LocatorJ._get(Grid.class);

        assertThat(GridKt._size(grid)).isEqualTo(2);
        List<String> shown = List.of(GridKt._getFormatted(grid, 0, "guardian") + " " + GridKt._getFormatted(grid, 0, "district"),
                GridKt._getFormatted(grid, 1, "guardian") + " " + GridKt._getFormatted(grid, 1, "district"));
        assertThat(shown).containsExactlyInAnyOrder("池田 さくら 富田小学校区", "池田 まゆみ 芥川小学校区");
    }

    @Test
    void the_match_dialog_tells_two_supporters_of_one_name_apart() {
        PeopleFixture f = new PeopleFixture(context, "apart-supporters");
        new Acting(context).as(f.coordinatorA, () -> context.getBean(SupporterRecords.class).create(f.organisationA,
                new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, "学生", "一郎", "関西大学", null, null, null)));
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(LearnerView.class, f.learnerOfA);

        _click(LocatorJ._get(Button.class, spec -> spec.withText("担い手をつなぐ")));
        @SuppressWarnings("unchecked")
        ComboBox<SupporterRow> supporter = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("担い手"));

        assertThat(ComboBoxKt.getSuggestions(supporter)).filteredOn(label -> label.startsWith("学生 一郎"))
                .containsExactlyInAnyOrder("学生 一郎（大学生、大阪大学・apart-supporters 団体A）",
                        "学生 一郎（大学生、関西大学・apart-supporters 団体A）");
    }

    private static HouseholdDetails ikeda(String district) {
        return new HouseholdDetails("池田", "いけだ", district, HomeLanguage.JA, LocalDate.of(2026, 4, 1), null,
                EnumSet.of(Circumstance.ECONOMIC_HARDSHIP), null);
    }

    private static GuardianDetails guardian(String givenName) {
        return new GuardianDetails("池田", givenName, null, null, null, HomeLanguage.JA);
    }
}
