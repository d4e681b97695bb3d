package jp.manabiba.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;

/**
 * A date picker's texts in the reader's language. Vaadin 25.2's Java object lacks the calendar dialog's accessible
 * name ("Calendar"); the picker sends this object's properties to the browser as they are, so the extra property
 * reaches the web component with the others.
 */
final class CalendarTexts extends DatePicker.DatePickerI18n {

    private String dialogAccessibleName = "";

    /** The screen's own settings (formats, messages) kept, month and day names and buttons filled in. */
    static CalendarTexts of(DatePicker.@Nullable DatePickerI18n current, UnaryOperator<String> text, Locale locale) {
        CalendarTexts texts = new CalendarTexts();
        if (current != null) {
            List<String> formats = current.getDateFormats();
            if (formats != null && !formats.isEmpty()) {
                texts.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
            }
            texts.setReferenceDate(current.getReferenceDate());
            texts.setBadInputErrorMessage(current.getBadInputErrorMessage());
            texts.setRequiredErrorMessage(current.getRequiredErrorMessage());
            texts.setMinErrorMessage(current.getMinErrorMessage());
            texts.setMaxErrorMessage(current.getMaxErrorMessage());
        }
        texts.setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL, locale)).toList());
        texts.setWeekdays(weekdays(TextStyle.FULL, locale));
        texts.setWeekdaysShort(weekdays(TextStyle.SHORT, locale));
        texts.setToday(text.apply("date.today"));
        texts.setCancel(text.apply("date.cancel"));
        texts.dialogAccessibleName = text.apply("date.calendar");
        if (texts.getBadInputErrorMessage() == null) {
            texts.setBadInputErrorMessage(text.apply("date.bad-input"));
        }
        if (texts.getMinErrorMessage() == null) {
            texts.setMinErrorMessage(text.apply("date.too-early"));
            texts.setMaxErrorMessage(text.apply("date.too-late"));
        }
        return texts;
    }

    /** Sunday first: the picker's first day of the week, and how Japanese calendars are laid out. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .map(day -> day.getDisplayName(style, locale)).toList();
    }

    public String getDialogAccessibleName() {
        return dialogAccessibleName;
    }
}
