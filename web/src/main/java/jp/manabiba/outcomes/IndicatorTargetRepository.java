package jp.manabiba.outcomes;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

    /** The targets of two periods at once (a fiscal year, the programme) for the dashboard. */
    @Query("""
            select t from IndicatorTarget t
            where (t.periodKind = jp.manabiba.outcomes.PeriodKind.FISCAL_YEAR and t.startYear = :year)
               or (t.periodKind = jp.manabiba.outcomes.PeriodKind.PROGRAMME and t.startYear = :programmeYear)""")
    List<IndicatorTarget> forYearAndProgramme(int year, int programmeYear);

    @Query("""
            select t from IndicatorTarget t where t.indicatorCode = :indicator and t.periodKind = :kind
              and t.startYear = :startYear
              and ((:organisation is null and t.organisationId is null) or t.organisationId = :organisation)""")
    Optional<IndicatorTarget> find(String indicator, @Nullable Long organisation, PeriodKind kind, int startYear);
}
