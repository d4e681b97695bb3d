package jp.manabiba.people;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.people.ui.HouseholdView;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's household screens as a coordinator uses them, and what a stranger gets. */
class HouseholdScreensTest extends KaribuTest {

    @Test
    void the_list_shows_the_coordinators_households_and_search_narrows_it() {
        PeopleFixture f = new PeopleFixture(context, "screens-list");
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(HouseholdsView.class);
        @SuppressWarnings("unchecked")
        Grid<HouseholdRow> grid = LocatorJ._get(Grid.class);

        assertThat(GridKt._size(grid)).isEqualTo(1);
        _setValue(LocatorJ._get(TextField.class), "べ");
        assertThat(GridKt._size(grid)).isZero();
        _setValue(LocatorJ._get(TextField.class), "あお");
        assertThat(GridKt._get(grid, 0).familyName()).isEqualTo("青木");
    }

    @Test
    void opening_a_household_shows_it_and_writes_an_audit_entry() {
        PeopleFixture f = new PeopleFixture(context, "screens-open");
        KaribuSupport.signIn(f.coordinatorA);

        UI.getCurrent().navigate(HouseholdView.class, f.householdA);

        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("青木さんの世帯");
        Integer reads = context.getBean(JdbcTemplate.class).queryForObject("""
                select count(*) from audit_entry where actor = ? and action = 'READ' and record_type = 'household'
                and record_id = ? and screen = 'household-page'""", Integer.class, f.coordinatorA.username(), f.householdA);
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void another_organisations_household_by_url_shows_the_access_denied_page() {
        PeopleFixture f = new PeopleFixture(context, "screens-stranger");
        KaribuSupport.signIn(f.coordinatorA);

        UI.getCurrent().navigate(HouseholdView.class, f.householdB);

        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
    }

    @Test
    void a_bad_reading_gets_a_message_next_to_the_field_and_nothing_is_lost() {
        PeopleFixture f = new PeopleFixture(context, "screens-form");
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(HouseholdsView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("新しい世帯")));
        TextField name = LocatorJ._get(TextField.class, spec -> spec.withLabel("世帯名（姓）"));
        TextField kana = LocatorJ._get(TextField.class, spec -> spec.withLabel("ふりがな"));
        _setValue(name, "森");
        _setValue(kana, "mori");
        LocatorJ._get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("支援開始日"))
                .setValue(java.time.LocalDate.of(2026, 5, 1));

        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        assertThat(kana.isInvalid()).isTrue();
        assertThat(kana.getErrorMessage()).isEqualTo("ひらがなかカタカナで入力してください");
        assertThat(name.getValue()).isEqualTo("森");
        assertThat(kana.getValue()).isEqualTo("mori");
    }
}
