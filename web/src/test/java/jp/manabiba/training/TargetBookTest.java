package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.manabiba.people.SupporterCategory;
import jp.manabiba.schools.FiscalYear;
import org.junit.jupiter.api.Test;

/** Which target is in force, without Spring: own rows, the network's, the programme's defaults and their thirds. */
class TargetBookTest {

    private static final ProgrammeYears PROGRAMME = new ProgrammeYears(2024);
    private static final long ORGANISATION = 7;

    @Test
    void without_rows_the_programme_defaults_apply_and_a_year_is_a_third_rounded_up() {
        TargetBook book = new TargetBook(List.of(), PROGRAMME);
        assertThat(book.programme(null, SupporterCategory.UNIVERSITY_STUDENT)).contains(new Goal(40, Goal.Source.DEFAULT));
        assertThat(book.year(null, SupporterCategory.UNIVERSITY_STUDENT, new FiscalYear(2024)))
                .contains(new Goal(14, Goal.Source.DEFAULT));
        assertThat(book.year(null, SupporterCategory.PARENT, new FiscalYear(2026))).contains(new Goal(15, Goal.Source.DEFAULT));
        assertThat(book.year(null, SupporterCategory.PARENT, new FiscalYear(2027))).isEmpty();
        assertThat(book.programme(null, SupporterCategory.OTHER_VOLUNTEER)).isEmpty();
        assertThat(book.programme(ORGANISATION, SupporterCategory.PARENT)).contains(new Goal(45, Goal.Source.DEFAULT));
    }

    @Test
    void an_organisations_own_three_years_give_its_years_and_its_own_year_wins() {
        TargetBook book = new TargetBook(List.of(
                new TrainingTarget(ORGANISATION, SupporterCategory.PARENT, TargetPeriod.PROGRAMME, 2024, 10),
                new TrainingTarget(ORGANISATION, SupporterCategory.PARENT, TargetPeriod.FISCAL_YEAR, 2025, 2),
                new TrainingTarget(null, SupporterCategory.PARENT, TargetPeriod.FISCAL_YEAR, 2024, 30)), PROGRAMME);
        assertThat(book.year(ORGANISATION, SupporterCategory.PARENT, new FiscalYear(2024)))
                .contains(new Goal(4, Goal.Source.ORGANISATION));
        assertThat(book.year(ORGANISATION, SupporterCategory.PARENT, new FiscalYear(2025)))
                .contains(new Goal(2, Goal.Source.ORGANISATION));
        assertThat(book.year(null, SupporterCategory.PARENT, new FiscalYear(2024))).contains(new Goal(30, Goal.Source.NETWORK));
    }

    @Test
    void an_organisation_without_rows_of_its_own_borrows_the_networks() {
        TargetBook book = new TargetBook(List.of(
                new TrainingTarget(null, SupporterCategory.EX_NURSERY_TEACHER, TargetPeriod.PROGRAMME, 2024, 60),
                new TrainingTarget(null, SupporterCategory.EX_NURSERY_TEACHER, TargetPeriod.FISCAL_YEAR, 2028, 5)),
                PROGRAMME);
        assertThat(book.programme(ORGANISATION, SupporterCategory.EX_NURSERY_TEACHER))
                .contains(new Goal(60, Goal.Source.NETWORK));
        assertThat(book.year(ORGANISATION, SupporterCategory.EX_NURSERY_TEACHER, new FiscalYear(2025)))
                .contains(new Goal(20, Goal.Source.NETWORK));
        assertThat(book.year(ORGANISATION, SupporterCategory.EX_NURSERY_TEACHER, new FiscalYear(2028)))
                .contains(new Goal(5, Goal.Source.NETWORK));
    }
}
