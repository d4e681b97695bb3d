package jp.manabiba.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.datepicker.DatePicker;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * One way of writing dates on every screen and in every language: 2026/11/30. What a picker shows is what it reads
 * (it also reads 2026-11-30 and 2026/1/5), and a date that cannot be read is named, not taken for an empty field.
 */
public final class DateFields {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private DateFields() {
    }

    /** Sets the picker's format and its message for text that is no date. */
    public static DatePicker configure(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy/MM/dd", "yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d")
                .setBadInputErrorMessage(picker.getTranslation("validation.date")));
        return picker;
    }

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }

    /** The chosen date, or a refusal of the named field that says what is wrong: nothing, or text that is no date. */
    public static LocalDate required(DatePicker picker, String field) {
        LocalDate date = optional(picker, field);
        if (date == null) {
            throw new InvalidInput(field, "validation.required");
        }
        return date;
    }

    /**
     * The chosen date or none, refused when what was sent is no date: an optional date typed wrongly is not an
     * empty one (the form would otherwise save without it).
     */
    public static @Nullable LocalDate optional(DatePicker picker, String field) {
        if (picker instanceof DateField checked && checked.unreadable().isPresent()) {
            throw new InvalidInput(field, "validation.date-unreadable", checked.unreadable().get());
        }
        if (picker.getValue() != null) {
            return picker.getValue();
        }
        String typed = typed(picker);
        if (!typed.isEmpty()) {
            throw new InvalidInput(field, "validation.date-unreadable", typed);
        }
        return null;
    }

    /**
     * What the user typed, as the picker's client last reported it. The value alone cannot tell "nothing typed"
     * from "2026/13/45": both arrive as no date.
     */
    public static String typed(DatePicker picker) {
        return picker.getElement().getProperty("_inputElementValue", "").strip();
    }
}
