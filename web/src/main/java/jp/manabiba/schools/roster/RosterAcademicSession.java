package jp.manabiba.schools.roster;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A row of academicSessions.csv. The Japan Profile uses one session of type schoolYear per 年度 (1 April to
 * 31 March); the reader takes the dates as written and does not insist on that.
 *
 * @param startDate  empty only when the file had a bad or missing date (then the package has a problem for it)
 * @param schoolYear the 年度 as a number, e.g. 2026; empty only when bad or missing (with a problem)
 */
public record RosterAcademicSession(
        String sourcedId,
        String title,
        String type,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String parentSourcedId,
        @Nullable Integer schoolYear,
        int line,
        boolean toBeDeleted) implements RosterRow {
}
