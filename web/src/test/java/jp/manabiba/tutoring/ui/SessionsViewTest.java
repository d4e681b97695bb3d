package jp.manabiba.tutoring.ui;

import java.time.LocalDate;
import java.util.List;


import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

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
    void skip_dates_are_picked_like_every_other_date_and_removed_by_their_chip() {
        SkipDatesField skip = new SkipDatesField();
        UI.getCurrent().add(skip);

        _setValue(skip.picker(), LocalDate.of(2027, 1, 5));
        _setValue(skip.picker(), LocalDate.of(2026, 12, 29));

        assertThat(skip.getValue()).containsExactlyInAnyOrder(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5));
        assertThat(skip.picker().getValue()).isNull();
        List<Button> chips = LocatorJ._find(skip, Button.class);
        assertThat(chips).extracting(Button::getText).containsExactly("2026/12/29", "2027/01/05");
        _click(chips.getFirst());
        assertThat(skip.getValue()).containsExactly(LocalDate.of(2027, 1, 5));
    }

    @Test
    void every_date_picker_of_the_series_dialog_uses_the_one_date_format_and_says_what_a_date_looks_like() {
        PeopleFixture f = new PeopleFixture(context, "sessions-dates");
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(SessionsView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("セッションを計画")));

        List<DatePicker> pickers = LocatorJ._find(DatePicker.class);
        assertThat(pickers).hasSize(3).allSatisfy(picker -> {
            assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("yyyy/MM/dd");
            assertThat(picker.getI18n().getBadInputErrorMessage()).isEqualTo("日付を 2026/04/01 のように入力してください");
        });
    }
}
