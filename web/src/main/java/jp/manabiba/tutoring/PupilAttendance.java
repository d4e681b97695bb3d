package jp.manabiba.tutoring;

import java.time.YearMonth;
import java.util.Map;

/** A pupil's sessions attended per month of the school year, and in all against the sessions held. */
public record PupilAttendance(String name, Map<YearMonth, Integer> perMonth, int attended, int held) {
}
