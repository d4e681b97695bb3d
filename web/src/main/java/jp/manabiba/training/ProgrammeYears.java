package jp.manabiba.training;

import java.time.LocalDate;
import java.util.stream.IntStream;

import jp.manabiba.schools.FiscalYear;

/**
 * The programme's three fiscal years, from its first (property {@code manabiba.outcomes.first-year}, 2024年度 for
 * Takatsuki's, the same year people's household outcomes count from).
 */
public record ProgrammeYears(int first) {

    public static final int LENGTH = 3;

    public int last() {
        return first + LENGTH - 1;
    }

    public boolean contains(FiscalYear year) {
        return year.year() >= first && year.year() <= last();
    }

    public boolean contains(LocalDate day) {
        return contains(FiscalYear.of(day));
    }

    public java.util.List<FiscalYear> years() {
        return IntStream.rangeClosed(first, last()).mapToObj(FiscalYear::new).toList();
    }
}
