package jp.manabiba.assignments.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jp.manabiba.i18n.ProgrammeZone;

/** Due and save times as the programme writes them (2026/12/05 17:00 and 17:05), always in the programme's zone. */
final class DueTimes {

    // the date as DateFields.FORMAT writes it, then the time
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").withZone(ProgrammeZone.TOKYO);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ProgrammeZone.TOKYO);

    private DueTimes() {
    }

    static String due(Instant at) {
        return DUE.format(at);
    }

    static String clock(Instant at) {
        return CLOCK.format(at);
    }
}
