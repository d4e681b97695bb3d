package jp.manabiba.schools;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTest {

    @Test
    void the_fiscal_year_turns_on_the_first_of_april() {
        assertThat(FiscalYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FiscalYear(2025));
        assertThat(FiscalYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2027, 1, 15))).isEqualTo(new FiscalYear(2026));
    }

    @Test
    void a_fiscal_year_runs_from_april_first_to_march_thirty_first() {
        FiscalYear year = new FiscalYear(2026);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
    }
}
