package jp.manabiba.tutoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A series as a coordinator plans it: weekdays and times (Asia/Tokyo), weekly or fortnightly, from and to a date,
 * skipping given dates, with the learners enrolled and the tutors or volunteers assigned to every session.
 *
 * @param endsNextDay      the end time is on the day after the start: chosen on purpose, never guessed from the
 *                         times (an end before the start by mistake is refused instead)
 * @param lateAfterMinutes a child who first joins more than this many minutes after the start is late (遅刻)
 */
public record SeriesPlan(long organisationId, String title, Place place, Set<DayOfWeek> weekdays, int everyWeeks,
                         LocalDate startsOn, LocalDate endsOn, LocalTime startTime, LocalTime endTime, int capacity,
                         Set<LocalDate> skipped, List<Long> learnerIds, List<Long> supporterIds, boolean endsNextDay,
                         int lateAfterMinutes) {

    public static final int DEFAULT_LATE_AFTER_MINUTES = 10;
    public static final int MAX_LATE_AFTER_MINUTES = 60;
    /** No site records how many it holds yet, so every session has the same upper bound. */
    public static final int MAX_CAPACITY = 200;

    /** A plan that ends on its own day, with the usual lateness threshold. */
    public SeriesPlan(long organisationId, String title, Place place, Set<DayOfWeek> weekdays, int everyWeeks,
                      LocalDate startsOn, LocalDate endsOn, LocalTime startTime, LocalTime endTime, int capacity,
                      Set<LocalDate> skipped, List<Long> learnerIds, List<Long> supporterIds) {
        this(organisationId, title, place, weekdays, everyWeeks, startsOn, endsOn, startTime, endTime, capacity, skipped,
                learnerIds, supporterIds, false, DEFAULT_LATE_AFTER_MINUTES);
    }
}
