package jp.manabiba.tutoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jp.manabiba.i18n.InvalidInput;

/** A tutor or volunteer runs one session at a time: the refusal when a planned time meets one they already run. */
final class Overlaps {

    /** Dates in messages are written as the date pickers write them (base.ui.DateFields): one format everywhere. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private Overlaps() {
    }

    /** The refusal at {@code field}, naming the date on which the supporter is busy. */
    static InvalidInput busyOn(String field, LocalDate date) {
        return new InvalidInput(field, "session.error.overlap", DATE.format(date));
    }
}
