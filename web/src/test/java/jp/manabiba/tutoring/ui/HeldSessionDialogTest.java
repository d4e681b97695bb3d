package jp.manabiba.tutoring.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SessionRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator records a session held on paper from the sessions list: a good record closes the dialog, says so
 * and shows in the list as held; a day still to come is refused at the date with everything typed kept; a tutor
 * has no such button.
 */
class HeldSessionDialogTest extends KaribuTest {

    @Autowired
    Scheduling scheduling;

    @Test
    void a_coordinator_records_a_held_session_and_the_list_shows_it_held_with_the_child_who_came() {
        PeopleFixture f = new PeopleFixture(context, "held-dialog");
        KaribuSupport.signIn(f.coordinatorA);
        FormDialog dialog = openDialog();
        LocalDate yesterday = LocalDate.now(ProgrammeZone.TOKYO).minusDays(1);

        fill(f, "紙の出席簿 木曜", yesterday);
        save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains(UI.getCurrent().getTranslation("held-session.recorded", "紙の出席簿 木曜",
                        DateFields.format(yesterday)));
        assertThat(rows()).filteredOn(row -> row.title().equals("紙の出席簿 木曜")).singleElement()
                .satisfies(row -> {
                    assertThat(row.ended()).isTrue();
                    assertThat(row.online()).isTrue();
                    assertThat(row.enrolled()).isEqualTo(1);
                    assertThat(row.attended()).isEqualTo(1);
                });
    }

    @Test
    void a_day_still_to_come_is_refused_at_the_date_and_the_dialog_keeps_what_was_typed() {
        PeopleFixture f = new PeopleFixture(context, "held-future");
        KaribuSupport.signIn(f.coordinatorA);
        FormDialog dialog = openDialog();
        LocalDate tomorrow = LocalDate.now(ProgrammeZone.TOKYO).plusDays(1);

        fill(f, "あしたの 学習会", tomorrow);
        save();

        DatePicker heldOn = field(DatePicker.class, "held-session.held-on");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(heldOn.isInvalid()).isTrue();
        assertThat(heldOn.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("held-session.error.not-over"))
                .doesNotStartWith("!");
        assertThat(dialog.refusalAtTop()).isEmpty();
        assertThat(heldOn.getValue()).isEqualTo(tomorrow);
        assertThat(this.<TextField>field(TextField.class, "sessions.title-column").getValue()).isEqualTo("あしたの 学習会");
        assertThat(this.<TextField>field(TextField.class, "sessions.link").getValue()).isEqualTo("https://meet.example.jp/paper");
        assertThat(this.<MultiSelectComboBox<SeriesChoices.Choice>>field(MultiSelectComboBox.class, "held-session.supporters")
                .getValue()).extracting(SeriesChoices.Choice::id).containsExactly(f.supporterA);
        assertThat(this.<MultiSelectComboBox<SeriesChoices.Choice>>field(MultiSelectComboBox.class, "held-session.attended")
                .getValue()).extracting(SeriesChoices.Choice::id).containsExactly(f.learnerOfA);
        // every field the service names in a refusal is one the coordinator sees
        assertThat(List.of("title", "heldOn", "startTime", "minutes", "place", "meetingUrl", "supporters", "attended",
                "absent")).allMatch(dialog::showsOnVisibleField);
        assertThat(scheduling.sessions(tomorrow.minusDays(7), tomorrow.plusDays(7))).as("nothing saved")
                .noneMatch(row -> row.title().equals("あしたの 学習会"));
    }

    @Test
    void a_tutor_sees_no_button_to_record_a_held_session() {
        PeopleFixture f = new PeopleFixture(context, "held-tutor");
        KaribuSupport.signIn(f.tutorA);
        UI.getCurrent().navigate(SessionsView.class);

        String label = UI.getCurrent().getTranslation("held-session.new");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText(label))).noneMatch(Component::isVisible);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("sessions.new-series"))))
                .as("the tutor's own planning stays").isNotEmpty();
    }

    private FormDialog openDialog() {
        UI.getCurrent().navigate(SessionsView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("held-session.new"))));
        return LocatorJ._get(FormDialog.class);
    }

    /** An online session of an hour at 10:00 on {@code day}, run by tutor A, with learner A there. */
    private void fill(PeopleFixture f, String title, LocalDate day) {
        TextField name = field(TextField.class, "sessions.title-column");
        DatePicker heldOn = field(DatePicker.class, "held-session.held-on");
        TimePicker start = field(TimePicker.class, "sessions.start");
        IntegerField minutes = field(IntegerField.class, "held-session.minutes");
        TextField link = field(TextField.class, "sessions.link");
        _setValue(name, title);
        _setValue(heldOn, day);
        _setValue(start, LocalTime.of(10, 0));
        _setValue(minutes, 60);
        _setValue(link, "https://meet.example.jp/paper");
        choose(field(MultiSelectComboBox.class, "held-session.supporters"), f.supporterA);
        choose(field(MultiSelectComboBox.class, "held-session.attended"), f.learnerOfA);
    }

    private static void choose(MultiSelectComboBox<SeriesChoices.Choice> people, long id) {
        _setValue(people, Set.copyOf(people.getListDataView().getItems().filter(choice -> choice.id() == id).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<SessionRow> rows() {
        Grid<SessionRow> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("sessions-grid"));
        return grid.getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private <C extends Component> C field(Class<?> type, String labelKey) {
        String label = UI.getCurrent().getTranslation(labelKey);
        return (C) LocatorJ._get((Class<C>) type, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(LocatorJ._get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("form.save"))));
    }
}
