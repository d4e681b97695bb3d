package jp.manabiba.tutoring.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.CurrentInstance;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.schools.Grade;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.Participants;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.AttendanceState;
import jp.manabiba.tutoring.BoardState;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import jp.manabiba.tutoring.SessionBoard;
import jp.manabiba.tutoring.SessionRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a tutoring form can meet reaches the screen: on a field the user sees, or at the top of the dialog
 * when it belongs to none (a tutor's own overlap: the tutors field is hidden from them). The dialog stays open with
 * what was typed.
 */
class TutoringFormsTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    Scheduling scheduling;
    @Autowired
    SessionBoard board;
    @Autowired
    Participants participants;
    @Autowired
    LearnerRecords learners;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    MyLearners myLearners;

    PeopleFixture f;
    Acting acting;
    /** A Tuesday two weeks or more ahead, at 10:00 in Tokyo: far from midnight and from other tests' sessions. */
    ZonedDateTime day;

    @BeforeEach
    void fixture() {
        f = new PeopleFixture(context, "forms-" + FIXTURES.incrementAndGet());
        acting = new Acting(context);
        day = LocalDate.now(TOKYO).plusWeeks(2 + FIXTURES.get()).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(10, 0).atZone(TOKYO);
    }

    @Test
    void every_refusal_of_the_series_dialog_shows_on_a_visible_field_for_the_coordinator() {
        session(day, 1, List.of(), List.of(f.supporterA)); // the tutor is busy then
        KaribuSupport.signIn(f.coordinatorA);
        FormDialog dialog = openSeriesDialog();
        TextField title = field(TextField.class, "sessions.title-column");
        CheckboxGroup<DayOfWeek> weekdays = field(CheckboxGroup.class, "sessions.weekdays");
        DatePicker from = field(DatePicker.class, "sessions.from");
        DatePicker to = field(DatePicker.class, "sessions.to");
        TimePicker start = field(TimePicker.class, "sessions.start");
        TimePicker end = field(TimePicker.class, "sessions.end");
        Checkbox nextDay = field(Checkbox.class, "sessions.ends-next-day");
        IntegerField capacity = field(IntegerField.class, "sessions.capacity");
        IntegerField lateAfter = field(IntegerField.class, "sessions.late-after");
        TextField link = field(TextField.class, "sessions.link");
        MultiSelectComboBox<SeriesChoices.Choice> tutors = field(MultiSelectComboBox.class, "sessions.tutors");
        LocalDate date = day.toLocalDate();

        save();
        assertShown(dialog, field(com.vaadin.flow.component.select.Select.class, "sessions.site"), "session.error.site-or-link");

        _setValue(link, "https://meet.example.jp/forms");
        save();
        assertShown(dialog, title, "validation.required");

        _setValue(title, "フォーム確認 シリーズ");
        _setValue(from, date);
        _setValue(to, date.plusDays(7));
        save();
        assertShown(dialog, weekdays, "validation.required");

        weekdays.setValue(Set.of(DayOfWeek.MONDAY));
        _setValue(to, date.plusDays(1));
        save();
        assertShown(dialog, weekdays, "session.error.no-dates");

        _setValue(to, date.minusDays(1));
        save();
        assertShown(dialog, to, "session.error.end-before-start");

        weekdays.setValue(EnumSet.allOf(DayOfWeek.class));
        _setValue(to, date.plusDays(300));
        save();
        assertShown(dialog, to, "session.error.too-many", 200);

        weekdays.setValue(Set.of(DayOfWeek.TUESDAY));
        _setValue(to, date);
        _setValue(start, LocalTime.of(18, 0));
        _setValue(end, LocalTime.of(17, 0));
        save();
        assertShown(dialog, end, "session.error.end-time-before-start");

        _setValue(nextDay, true);
        _setValue(end, LocalTime.of(7, 0));
        save();
        assertShown(dialog, end, "session.error.overnight-too-long", 12L);

        _setValue(nextDay, false);
        _setValue(end, LocalTime.of(18, 0));
        save();
        assertShown(dialog, end, "session.error.no-length");

        _setValue(start, LocalTime.of(10, 30));
        _setValue(end, LocalTime.of(11, 30));
        _setValue(capacity, 100_000);
        save();
        assertShown(dialog, capacity, "session.error.capacity-range", 1, 200);

        _setValue(capacity, 10);
        _setValue(lateAfter, 61);
        save();
        assertShown(dialog, lateAfter, "session.error.late-range", 0, 60);

        _setValue(lateAfter, 10);
        _setValue(link, "meet.example.jp/forms");
        save();
        assertShown(dialog, link, "session.error.link");

        _setValue(link, "https://meet.example.jp/forms");
        tutors.setValue(Set.copyOf(tutors.getListDataView().getItems().filter(c -> c.id() == f.supporterA).toList()));
        save();
        assertShown(dialog, tutors, "session.error.overlap", date.toString().replace('-', '/'));

        typeInto(from, "2026/13/45");
        save();
        assertShown(dialog, from, "validation.date-unreadable", "2026/13/45");
        assertThat(from.getErrorMessage()).isNotEqualTo(UI.getCurrent().getTranslation("validation.required"));

        // refusals this test cannot provoke with its data still have a field the coordinator sees
        assertThat(List.of("learners", "capacity", "startTime", "skipped")).allMatch(dialog::showsOnVisibleField);
        assertThat(title.getValue()).isEqualTo("フォーム確認 シリーズ");
    }

    @Test
    void a_tutors_own_overlap_is_shown_at_the_top_of_the_dialog() {
        session(day, 1, List.of(), List.of(f.supporterA));
        KaribuSupport.signIn(f.tutorA);
        FormDialog dialog = openSeriesDialog();
        _setValue(field(TextField.class, "sessions.title-column"), "じぶんの 学習会");
        _setValue(field(TextField.class, "sessions.link"), "https://meet.example.jp/mine");
        _setValue(field(DatePicker.class, "sessions.from"), day.toLocalDate());
        _setValue(field(DatePicker.class, "sessions.to"), day.toLocalDate());
        _setValue(field(TimePicker.class, "sessions.start"), LocalTime.of(10, 30));
        _setValue(field(TimePicker.class, "sessions.end"), LocalTime.of(11, 30));

        save();

        assertThat(dialog.showsOnVisibleField("supporters")).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.refusalAtTop()).contains(UI.getCurrent().getTranslation("session.error.overlap",
                day.toLocalDate().toString().replace('-', '/')));
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withValue("じぶんの 学習会"))).isNotNull();
    }

    @Test
    void adding_to_a_full_date_or_a_busy_tutor_is_refused_on_the_field_and_children_of_one_name_are_told_apart() {
        long ikedaPrimary = child("さくら", Grade.P3, f.school, "1組");
        long secondSchool = context.getBean(SystemAccess.class)
                .asAdministrator(() -> context.getBean(SchoolRecords.class).addSchool(f.school + " 中学校"));
        child("さくら", Grade.J1, secondSchool, "2組");
        SessionRow full = session(day, 1, List.of(ikedaPrimary), List.of());
        session(day, 1, List.of(), List.of(f.supporterA));
        KaribuSupport.signIn(f.coordinatorA);
        FormDialog dialog = DateDialogs.addToDate(scheduling, full, choices(), () -> { });
        dialog.open();
        ComboBox<SeriesChoices.Choice> child = field(ComboBox.class, "sessions.learners");
        ComboBox<SeriesChoices.Choice> supporter = field(ComboBox.class, "sessions.tutors");

        List<String> ikeda = ComboBoxKt.getSuggestions(child).stream().filter(label -> label.startsWith("池田 さくら")).toList();
        assertThat(ikeda).hasSize(2).doesNotHaveDuplicates();
        assertThat(ikeda).anySatisfy(label -> assertThat(label).contains("小学3年", "1組"))
                .anySatisfy(label -> assertThat(label).contains("中学1年", "中学校", "2組"));

        child.setValue(child.getListDataView().getItems().filter(c -> c.id() == f.learnerOfA).findFirst().orElseThrow());
        save();
        assertShown(dialog, child, "session.error.full", 1);

        child.clear();
        supporter.setValue(supporter.getListDataView().getItems().filter(c -> c.id() == f.supporterA).findFirst().orElseThrow());
        save();
        assertShown(dialog, supporter, "session.error.overlap", day.toLocalDate().toString().replace('-', '/'));
    }

    @Test
    void cancelling_without_a_reason_or_with_a_long_one_is_refused_on_the_reason() {
        SessionRow row = session(day, 5, List.of(), List.of());
        KaribuSupport.signIn(f.coordinatorA);
        FormDialog dialog = DateDialogs.cancel(scheduling, row, () -> { });
        dialog.open();
        TextField reason = field(TextField.class, "sessions.cancel-reason");

        save();
        assertShown(dialog, reason, "validation.required");

        _setValue(reason, "あ".repeat(201));
        save();
        assertShown(dialog, reason, "validation.too-long", 200);
    }

    @Test
    void the_boards_plan_and_correction_refusals_show_on_their_fields() {
        SessionRow row = session(day, 5, List.of(f.learnerOfA), List.of(f.supporterA));
        BoardState.Child seen = acting.as(f.tutorA, () -> board.board(row.id())).children().getFirst();
        KaribuSupport.signIn(f.tutorA);

        FormDialog plan = BoardDialogs.plan(board, row.id(), seen, () -> { });
        plan.open();
        TextArea planText = field(TextArea.class, "board.plan");
        TextArea note = field(TextArea.class, "board.note");
        _setValue(planText, "け".repeat(501));
        save();
        assertShown(plan, planText, "validation.too-long", 500);
        _setValue(planText, "けいさん ドリル");
        _setValue(note, "め".repeat(1001));
        save();
        assertShown(plan, note, "validation.too-long", 1000);
        plan.close();

        FormDialog correction = BoardDialogs.correction(board, row.id(), seen, () -> { });
        correction.open();
        TextField reason = field(TextField.class, "board.reason");
        save();
        assertShown(correction, reason, "attendance.error.reason");

        // another tutor corrects the same child meanwhile, from their own browser
        var tutorsUi = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            acting.as(f.coordinatorA, () -> board.correct(row.id(), f.learnerOfA, seen.version(), AttendanceState.ABSENT, "休みの連絡"));
        } finally {
            CurrentInstance.restoreInstances(tutorsUi);
        }
        _setValue(reason, "来ていた");
        save();
        assertShown(correction, field(com.vaadin.flow.component.select.Select.class, "board.state"),
                "attendance.error.changed-meanwhile", "ABSENT");
    }

    private FormDialog openSeriesDialog() {
        UI.getCurrent().navigate(SessionsView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("sessions.new-series"))));
        return LocatorJ._get(FormDialog.class);
    }

    private SeriesChoices choices() {
        return SeriesChoices.forCurrentUser(participants, learners, supporters, myLearners);
    }

    /** One session of organisation A at {@code start} for an hour, made by its coordinator. */
    private SessionRow session(ZonedDateTime start, int capacity, List<Long> children, List<Long> tutors) {
        String title = "フォーム確認 " + FIXTURES.get() + "-" + capacity + children + tutors;
        return acting.as(f.coordinatorA, () -> {
            scheduling.createSeries(new SeriesPlan(f.organisationA, title, new Place(null, "https://meet.example.jp/forms"),
                    EnumSet.of(start.getDayOfWeek()), 1, start.toLocalDate(), start.toLocalDate(), start.toLocalTime(),
                    start.toLocalTime().plusHours(1), capacity, Set.of(), children, tutors));
            return scheduling.sessions(start.toLocalDate(), start.toLocalDate()).stream()
                    .filter(r -> r.title().equals(title)).findFirst().orElseThrow();
        });
    }

    private long child(String givenName, Grade grade, long school, String homeClass) {
        return acting.as(f.coordinatorA, () -> learners.add(f.householdA,
                new LearnerDetails("池田", givenName, "いけだ", "さくら", school, grade, homeClass, FuriganaPreference.ALL)));
    }

    @SuppressWarnings("unchecked")
    private static <C extends com.vaadin.flow.component.Component> C field(Class<?> type, String labelKey) {
        String label = UI.getCurrent().getTranslation(labelKey);
        return (C) LocatorJ._get((Class<C>) type, spec -> spec.withLabel(label));
    }

    private static void save() {
        _click(LocatorJ._get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("form.save"))));
    }

    /** What the browser does when someone types text the picker cannot read: the value becomes empty. */
    private static void typeInto(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        ElementUtilsKt._fireDomEvent(picker.getElement(),
                new DomEvent(picker.getElement(), "unparsable-change", JsonNodeFactory.instance.objectNode()));
    }

    private static void assertShown(FormDialog dialog, Object field, String key, Object... arguments) {
        String message = UI.getCurrent().getTranslation(key, arguments);
        assertThat(message).as("translated " + key).doesNotStartWith("!");
        assertThat(dialog.isOpened()).as("dialog still open after " + key).isTrue();
        HasValidation shown = (HasValidation) field;
        assertThat(shown.isInvalid()).as("field invalid for " + key).isTrue();
        assertThat(shown.getErrorMessage()).isEqualTo(message);
        assertThat(dialog.refusalAtTop()).isEmpty();
    }
}
