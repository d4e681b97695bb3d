package jp.manabiba.tutoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A series as a coordinator plans it: weekdays and times (Asia/Tokyo), weekly or fortnightly, from and to a date,
 * skipping given dates, with the learners enrolled and the tutors or volunteers assigned to every session.
 * An end time before the start time means the session runs past midnight.
 */
public record SeriesPlan(long organisationId, String title, Place place, Set<DayOfWeek> weekdays, int everyWeeks,
                         LocalDate startsOn, LocalDate endsOn, LocalTime startTime, LocalTime endTime, int capacity,
                         Set<LocalDate> skipped, List<Long> learnerIds, List<Long> supporterIds) {
}
