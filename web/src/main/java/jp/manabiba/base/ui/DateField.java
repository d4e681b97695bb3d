package jp.manabiba.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;

/**
 * A date picker that notices a value no calendar has. The browser's picker only ever sends real dates, so
 * {@code 2026-02-30} comes from a tampered request: the stock picker would throw while reading it (an error in the log)
 * and keep its previous value, so a form could save with the date silently dropped. This one keeps the text and
 * lets {@link DateFields} refuse the save with a message.
 */
public class DateField extends DatePicker {

    private @Nullable String unreadable;

    public DateField() {
        DateFields.configure(this);
    }

    public DateField(@Nullable LocalDate initial) {
        super(initial);
        DateFields.configure(this);
    }

    /** The text of the last value the client sent that is no date, until a readable one arrives. */
    public Optional<String> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    @Override
    protected boolean hasValidValue() {
        String raw = getElement().getProperty("value", "");
        try {
            if (!raw.isEmpty()) {
                LocalDate.parse(raw);
            }
            unreadable = null;
            return true;
        } catch (DateTimeParseException notADate) {
            unreadable = raw;
            return false;
        }
    }
}
