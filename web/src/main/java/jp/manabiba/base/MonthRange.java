package jp.manabiba.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jp.manabiba.i18n.ProgrammeZone;

/**
 * Whole months, first to last (both included), of Asia/Tokyo: the periods outcome figures are counted over. The
 * features that count (people, tutoring, assignments, learning) take one and answer per organisation and month.
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a month range ends before it starts: " + first + " - " + last);
        }
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    /** The day after the last month: ranges are half-open in SQL so that 31 March 23:59 Tokyo is still inside. */
    public LocalDate endDay() {
        return last.plusMonths(1).atDay(1);
    }

    /** The range's start as a UTC wall-clock time, as DATETIME columns hold instants (hibernate.jdbc.time_zone=UTC). */
    public LocalDateTime startUtc() {
        return utc(firstDay());
    }

    public LocalDateTime endUtc() {
        return utc(endDay());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(ProgrammeZone.TOKYO).toInstant(), ZoneOffset.UTC);
    }
}
