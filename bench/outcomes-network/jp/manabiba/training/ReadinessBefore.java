package jp.manabiba.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import jp.manabiba.base.MonthRange;
import org.springframework.context.ApplicationContext;

/**
 * "Ready at each month's end" as TrainingFigures counted it before the outcomes network benchmark: one standings
 * statement per month of the range, each supporter's standing mapped and filtered in Java. Kept in the benchmark to
 * measure against the one statement that replaced it, and to check at scale that both count the same.
 */
public final class ReadinessBefore {

    private final StandingQuery standings;
    private final Readiness readiness;

    public ReadinessBefore(ApplicationContext context) {
        this.standings = context.getBean(StandingQuery.class);
        this.readiness = context.getBean(Readiness.class);
    }

    /** Organisation -> month -> supporters ready at its end (today for this month). */
    public Map<Long, Map<YearMonth, Long>> perMonth(java.util.Collection<Long> organisations, MonthRange range) {
        LocalDate today = readiness.today();
        Map<Long, Map<YearMonth, Long>> counts = new TreeMap<>();
        for (YearMonth month : range.months()) {
            if (month.atDay(1).isAfter(today)) {
                break;
            }
            LocalDate day = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            standings.ofOrganisations(organisations, day).stream().filter(SupporterStanding::ready).forEach(standing ->
                    counts.computeIfAbsent(standing.organisationId(), org -> new TreeMap<>()).merge(month, 1L, Long::sum));
        }
        return counts;
    }
}
