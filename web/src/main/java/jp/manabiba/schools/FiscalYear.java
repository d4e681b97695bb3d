package jp.manabiba.schools;

import java.time.LocalDate;
import java.time.Month;

/** The Japanese fiscal and school year: April 1 to March 31, named by the year it starts in (2026年度). */
public record FiscalYear(int year) {

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }
}
