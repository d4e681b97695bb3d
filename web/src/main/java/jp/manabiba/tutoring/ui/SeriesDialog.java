package jp.manabiba.tutoring.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.TimeField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SiteOption;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;

/** Plans a series (or, with one date, a single session): when, where or online, who learns, who tutors. */
final class SeriesDialog {

    private SeriesDialog() {
    }

    static FormDialog create(Scheduling scheduling, Participants participants, SeriesChoices choices, Clock clock,
                             Runnable saved) {
        TextField title = new TextField();
        Select<SiteOption> site = new Select<>();
        TextField link = new TextField();
        CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
        RadioButtonGroup<Integer> every = new RadioButtonGroup<>();
        DatePicker from = new DateField(LocalDate.now(clock));
        DatePicker to = new DateField(LocalDate.now(clock).plusMonths(3));
        TimeField start = new TimeField(LocalTime.of(17, 0));
        TimeField end = new TimeField(LocalTime.of(18, 30));
        Checkbox nextDay = new Checkbox();
        IntegerField capacity = new IntegerField();
        IntegerField lateAfter = new IntegerField();
        SkipDatesField skip = new SkipDatesField();
        MultiSelectComboBox<SeriesChoices.Choice> enrolled = new MultiSelectComboBox<>();
        MultiSelectComboBox<SeriesChoices.Choice> tutors = new MultiSelectComboBox<>();
        FormDialog dialog = new FormDialog("sessions.new-series", form -> {
            LocalDate first = DateFields.required(from, "startsOn");
            LocalDate last = DateFields.required(to, "endsOn");
            LocalTime startTime = start.required("startTime");
            LocalTime endTime = end.required("endTime");
            Set<DayOfWeek> days = weekdays.getValue().isEmpty() && first.equals(last)
                    ? EnumSet.of(first.getDayOfWeek()) : weekdays.getValue();
            long organisation = choices.organisationFor(site.getValue(), participants);
            List<Long> supporters = choices.tutorOnly() != null ? List.of(choices.tutorOnly())
                    : tutors.getValue().stream().map(SeriesChoices.Choice::id).collect(Collectors.toList());
            scheduling.createSeries(new SeriesPlan(organisation, title.getValue(),
                    new Place(site.getValue() == null ? null : site.getValue().id(), link.getValue()), days,
                    every.getValue(), first, last, startTime, endTime, orZero(capacity), skip.getValue(),
                    enrolled.getValue().stream().map(SeriesChoices.Choice::id).toList(), supporters, nextDay.getValue(),
                    lateAfter.getValue() == null ? -1 : lateAfter.getValue()));
            saved.run();
        });
        title.setLabel(dialog.getTranslation("sessions.title-column"));
        title.setRequiredIndicatorVisible(true);
        site.setLabel(dialog.getTranslation("sessions.site"));
        site.setItems(choices.sites());
        site.setItemLabelGenerator(s -> s == null ? dialog.getTranslation("sessions.online") : s.name());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption(dialog.getTranslation("sessions.online"));
        link.setLabel(dialog.getTranslation("sessions.link"));
        link.setHelperText(dialog.getTranslation("sessions.link.help"));
        weekdays.setLabel(dialog.getTranslation("sessions.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> dialog.getTranslation("weekday." + d.name()));
        every.setLabel(dialog.getTranslation("sessions.every"));
        every.setItems(1, 2);
        every.setItemLabelGenerator(n -> dialog.getTranslation(n == 1 ? "sessions.weekly" : "sessions.fortnightly"));
        every.setValue(1);
        from.setLabel(dialog.getTranslation("sessions.from"));
        to.setLabel(dialog.getTranslation("sessions.to"));
        start.setLabel(dialog.getTranslation("sessions.start"));
        end.setLabel(dialog.getTranslation("sessions.end"));
        nextDay.setLabel(dialog.getTranslation("sessions.ends-next-day"));
        capacity.setLabel(dialog.getTranslation("sessions.capacity"));
        capacity.setValue(10);
        capacity.setMin(1);
        capacity.setMax(SeriesPlan.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        lateAfter.setLabel(dialog.getTranslation("sessions.late-after"));
        lateAfter.setHelperText(dialog.getTranslation("sessions.late-after.help"));
        lateAfter.setValue(SeriesPlan.DEFAULT_LATE_AFTER_MINUTES);
        lateAfter.setMin(0);
        lateAfter.setMax(SeriesPlan.MAX_LATE_AFTER_MINUTES);
        skip.setLabel(dialog.getTranslation("sessions.skip"));
        skip.setHelperText(dialog.getTranslation("sessions.skip.pick"));
        enrolled.setLabel(dialog.getTranslation("sessions.learners"));
        enrolled.setItems(choices.learners());
        enrolled.setItemLabelGenerator(choice -> choice.label(dialog));
        tutors.setLabel(dialog.getTranslation("sessions.tutors"));
        tutors.setItems(choices.supporters());
        tutors.setItemLabelGenerator(choice -> choice.label(dialog));
        tutors.setVisible(choices.tutorOnly() == null);
        dialog.field("title", title);
        dialog.field("place", site);
        dialog.field("meetingUrl", link);
        dialog.span(dialog.field("weekdays", weekdays));
        dialog.plain(every);
        dialog.field("capacity", capacity);
        dialog.field("startsOn", from);
        dialog.field("endsOn", to);
        dialog.span(dialog.field("skipped", skip));
        dialog.field("startTime", start);
        dialog.field("endTime", end);
        dialog.plain(nextDay);
        dialog.field("lateAfterMinutes", lateAfter);
        dialog.span(dialog.field("learners", enrolled));
        dialog.span(dialog.field("supporters", tutors));
        dialog.setWidth("min(60rem, 100vw)");
        return dialog;
    }

    /** An emptied number field is a number out of range for the service to name, not a crash. */
    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
