package jp.manabiba.people;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import tools.jackson.databind.node.JsonNodeFactory;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.ui.HouseholdView;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.LearnerView;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.testing.LogCapture;
import jp.manabiba.tutoring.ui.SessionsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates and times that no calendar or clock has (issue 8, point 14): a browser's picker never sends {@code 2026-02-30}
 * or {@code 25:61}, a tampered request does. The form refuses the save with the field's message, nothing is saved
 * half-way (a household without its end date), and nothing is logged at ERROR.
 */
class TamperedDatesTest extends KaribuTest {

    private static PeopleFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new PeopleFixture(context, "tampered");
        }
    }

    @Test
    void a_tampered_end_date_is_refused_and_the_household_keeps_its_stored_end_date() {
        long household = context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(HouseholdRecords.class)
                .create(f.organisationA, new HouseholdDetails("終了", "しゅうりょう", null, HomeLanguage.JA,
                        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31), EnumSet.noneOf(Circumstance.class), null)));
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(HouseholdView.class, household);
        click("世帯を編集");
        DatePicker ended = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("支援終了日"));
        try (LogCapture log = LogCapture.errors()) {
            fromClient(ended, "2026-02-30");
            click("保存する");
            assertRefused(ended, "validation.date-unreadable", "2026-02-30");
            assertThat(log.lines()).isEmpty();
        }
        assertThat(jdbc().queryForObject("select support_ended from household where id = ?", LocalDate.class, household))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void an_end_date_the_picker_could_not_read_is_not_taken_for_no_end_date() {
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(HouseholdsView.class);
        click("新しい世帯");
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("世帯名（姓）")), "読めない日付");
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("ふりがな")), "よめない");
        _setValue(LocatorJ._get(DatePicker.class, spec -> spec.withLabel("支援開始日")), LocalDate.of(2026, 5, 1));
        DatePicker ended = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("支援終了日"));
        ended.getElement().setProperty("_inputElementValue", "2026/02/30");
        ElementUtilsKt._fireDomEvent(ended.getElement(),
                new DomEvent(ended.getElement(), "unparsable-change", JsonNodeFactory.instance.objectNode()));
        click("保存する");
        assertRefused(ended, "validation.date-unreadable", "2026/02/30");
        assertThat(jdbc().queryForObject("select count(*) from household where family_name = '読めない日付'", Integer.class))
                .isZero();
    }

    @Test
    void a_tampered_match_end_is_refused_and_no_match_is_made() {
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(LearnerView.class, f.learnerOfA);
        int before = matches();
        click("担い手をつなぐ");
        @SuppressWarnings("unchecked")
        ComboBox<SupporterRow> supporter = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("担い手"));
        _setValue(supporter, ComboBoxKt.getSuggestionItems(supporter).stream()
                .filter(s -> s.id() == f.supporterA).findFirst().orElseThrow());
        DatePicker ends = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("終了日"));
        try (LogCapture log = LogCapture.errors()) {
            fromClient(ends, "2027-13-01");
            click("保存する");
            assertRefused(ends, "validation.date-unreadable", "2027-13-01");
            assertThat(log.lines()).isEmpty();
        }
        assertThat(matches()).isEqualTo(before);
    }

    @Test
    void a_tampered_start_time_is_refused_and_no_session_is_planned() {
        KaribuSupport.signIn(f.coordinatorA);
        UI.getCurrent().navigate(SessionsView.class);
        click(UI.getCurrent().getTranslation("sessions.new-series"));
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel(UI.getCurrent().getTranslation("sessions.title-column"))),
                "改ざん時刻");
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel(UI.getCurrent().getTranslation("sessions.link"))),
                "https://meet.example.jp/tampered");
        TimePicker start = LocatorJ._get(TimePicker.class, spec -> spec.withLabel(UI.getCurrent().getTranslation("sessions.start")));
        try (LogCapture log = LogCapture.errors()) {
            fromClient(start, "25:61");
            click("保存する");
            assertRefused(start, "validation.time-unreadable", "25:61");
            assertThat(log.lines()).isEmpty();
        }
        assertThat(jdbc().queryForObject("select count(*) from tutoring_session where title = '改ざん時刻'", Integer.class))
                .isZero();
        _setValue(start, LocalTime.of(16, 0));
        assertThat(start.getValue()).isEqualTo(LocalTime.of(16, 0));
    }

    /** What Vaadin does with a property value in a request from the browser (or from someone forging one). */
    private static void fromClient(Component field, String value) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Component field, String key, Object... args) {
        assertThat(LocatorJ._get(FormDialog.class).isOpened()).as("the dialog stays open").isTrue();
        HasValidation validation = (HasValidation) field;
        assertThat(validation.isInvalid()).isTrue();
        assertThat(validation.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation(key, args));
    }

    private int matches() {
        return jdbc().queryForObject("select count(*) from tutoring_match where learner_id = ?", Integer.class, f.learnerOfA);
    }

    private JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    private static void click(String text) {
        _click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }
}
