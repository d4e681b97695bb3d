package jp.manabiba.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import jp.manabiba.base.MonthRange;
import jp.manabiba.schools.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The programme's periods: fiscal years (schools' {@link FiscalYear}, April-March) and the programme's three
 * fiscal years from {@code manabiba.outcomes.first-year} (the same setting people's household targets use).
 */
@Component
public class Periods {

    static final int PROGRAMME_YEARS = 3;

    private final Clock clock;
    private final int firstYear;

    Periods(Clock clock, @Value("${manabiba.outcomes.first-year:2024}") int firstYear) {
        this.clock = clock;
        this.firstYear = firstYear;
    }

    public FiscalYear currentYear() {
        return FiscalYear.of(LocalDate.now(clock));
    }

    /** This month in Tokyo: the months after it have no figures yet. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    public Period fiscalYear(FiscalYear year) {
        return new Period(PeriodKind.FISCAL_YEAR, year.year(), new MonthRange(YearMonth.of(year.year(), Month.APRIL),
                YearMonth.of(year.year() + 1, Month.MARCH)));
    }

    public Period programme() {
        return new Period(PeriodKind.PROGRAMME, firstYear, new MonthRange(YearMonth.of(firstYear, Month.APRIL),
                YearMonth.of(firstYear + PROGRAMME_YEARS, Month.MARCH)));
    }

    /** The programme from its first month to this month (or its end, once over; its start, before it began). */
    public Period programmeToDate() {
        MonthRange whole = programme().range();
        YearMonth now = YearMonth.now(clock);
        YearMonth last = now.isAfter(whole.last()) ? whole.last() : now.isBefore(whole.first()) ? whole.first() : now;
        return new Period(PeriodKind.PROGRAMME, firstYear, new MonthRange(whole.first(), last));
    }

    /** The fiscal years to choose: the programme's, and any later one up to this year. */
    public List<FiscalYear> years() {
        int last = Math.max(firstYear + PROGRAMME_YEARS - 1, currentYear().year());
        return IntStream.rangeClosed(firstYear, last).mapToObj(FiscalYear::new).toList();
    }

    public int firstYear() {
        return firstYear;
    }
}
