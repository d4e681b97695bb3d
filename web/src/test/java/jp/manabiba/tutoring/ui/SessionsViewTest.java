package jp.manabiba.tutoring.ui;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A coordinator plans sessions in the dialog: a bad link is told by its field, a good plan fills the list. */
class SessionsViewTest extends KaribuTest {

    @Test
    void a_link_that_is_not_a_web_address_is_refused_by_its_field_then_a_good_plan_fills_the_list() {
        PeopleFixture f = new PeopleFixture(context, "sessions-view");
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(SessionsView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("セッションを計画")));
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("名前")), "木曜 学習会");
        TextField link = LocatorJ._get(TextField.class, spec -> spec.withLabel("会議のリンク（オンラインのとき）"));
        _setValue(link, "meet.example.jp/abc");
        @SuppressWarnings("unchecked")
        CheckboxGroup<java.time.DayOfWeek> weekdays = LocatorJ._get(CheckboxGroup.class, spec -> spec.withLabel("曜日"));
        weekdays.setValue(java.util.Set.of(java.time.DayOfWeek.THURSDAY));

        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo("会議のリンクは http:// か https:// で始まるアドレスにしてください");

        _setValue(link, "https://meet.example.jp/abc");
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        @SuppressWarnings("unchecked")
        Grid<?> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("sessions-grid"));
        assertThat(GridKt._size(grid)).isGreaterThan(0);
    }

    @Test
    void skip_dates_are_read_as_written_and_a_bad_one_is_named() {
        assertThat(SeriesDialog.skippedDates("2026-12-29, 2027/01/05、2027-01-12"))
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12));
        assertThatThrownBy(() -> SeriesDialog.skippedDates("12月29日")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("sessions.error.skip");
    }
}
