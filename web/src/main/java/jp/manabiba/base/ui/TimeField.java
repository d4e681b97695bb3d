package jp.manabiba.base.ui;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.vaadin.flow.component.timepicker.TimePicker;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A time picker that notices a value no clock has ({@code 25:61}, only from a tampered request): like
 * {@link DateField}, it keeps the text instead of throwing, and {@link #required} refuses the save with a message.
 */
public class TimeField extends TimePicker {

    private @Nullable String unreadable;

    public TimeField(@Nullable LocalTime initial) {
        super(initial);
    }

    public Optional<String> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /** The chosen time, or a refusal of the named field: nothing chosen, or text that is no time. */
    public LocalTime required(String field) {
        String typed = getElement().getProperty("_inputElementValue", "").strip();
        String bad = unreadable != null ? unreadable : getValue() == null && !typed.isEmpty() ? typed : null;
        if (bad != null) {
            throw new InvalidInput(field, "validation.time-unreadable", bad);
        }
        if (getValue() == null) {
            throw new InvalidInput(field, "validation.required");
        }
        return getValue();
    }

    @Override
    protected boolean hasValidValue() {
        String raw = getElement().getProperty("value", "");
        try {
            if (!raw.isEmpty()) {
                LocalTime.parse(raw);
            }
            unreadable = null;
            return true;
        } catch (DateTimeParseException notATime) {
            unreadable = raw;
            return false;
        }
    }
}
