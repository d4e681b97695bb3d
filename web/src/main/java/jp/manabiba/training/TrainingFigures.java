package jp.manabiba.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.base.MonthlyRollup;
import jp.manabiba.people.CategoryCount;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training's figures for the outcomes dashboard, per organisation and month with the totals a ROLLUP gives: the
 * supporters who became trained (the same head count as the targets on the homes), the supporters ready at each
 * month's end, and the university students who completed the interpersonal-support workshop. Only the organisations
 * the caller manages are counted.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class TrainingFigures {

    private static final String INTERPERSONAL = """
            SELECT s.organisation_id AS org, DATE_FORMAT(f.first_on, '%Y-%m') AS ym, COUNT(*) AS n, 0 AS d
            FROM (SELECT c.supporter_id, MIN(c.completed_on) AS first_on
                  FROM training_completion c JOIN training_module m ON m.id = c.module_id
                  WHERE m.code = 'interpersonal-support-workshop'
                  GROUP BY c.supporter_id) f
            JOIN supporter s ON s.id = f.supporter_id AND s.category = 'UNIVERSITY_STUDENT'
            WHERE s.organisation_id IN (:organisations) AND f.first_on >= :fromDate AND f.first_on < :endDate
            GROUP BY s.organisation_id, DATE_FORMAT(f.first_on, '%Y-%m') WITH ROLLUP""";

    private final TrainedHeads heads;
    private final StandingQuery standings;
    private final MonthlyRollup rollup;
    private final TrainingAccess access;
    private final Readiness readiness;

    TrainingFigures(TrainedHeads heads, StandingQuery standings, MonthlyRollup rollup, TrainingAccess access,
                    Readiness readiness) {
        this.heads = heads;
        this.standings = standings;
        this.rollup = rollup;
        this.access = access;
        this.readiness = readiness;
    }

    /** Supporters of a category who became trained, in the month they did (two statements). */
    @Transactional(readOnly = true)
    public List<MonthlyCount> trained(SupporterCategory category, Collection<Long> organisations, MonthRange range) {
        Map<Long, Map<YearMonth, Long>> counts = new TreeMap<>();
        heads.of(managed(organisations), readiness.today()).stream()
                .filter(head -> head.category() == category && range.contains(YearMonth.from(head.trainedOn())))
                .forEach(head -> counts.computeIfAbsent(head.organisationId(), org -> new TreeMap<>())
                        .merge(YearMonth.from(head.trainedOn()), 1L, Long::sum));
        return rolledUp(counts);
    }

    /** Supporters ready at each month's end (today for this month; none for months to come): one statement. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> readyAtMonthEnd(Collection<Long> organisations, MonthRange range) {
        Map<YearMonth, LocalDate> days = monthEnds(range, readiness.today());
        Map<LocalDate, Map<Long, Long>> ready = standings.readyOn(managed(organisations), List.copyOf(days.values()));
        Map<Long, Map<YearMonth, Long>> counts = new TreeMap<>();
        YearMonth latest = null;
        for (Map.Entry<YearMonth, LocalDate> month : days.entrySet()) {
            ready.getOrDefault(month.getValue(), Map.of()).forEach((organisation, count) ->
                    counts.computeIfAbsent(organisation, org -> new TreeMap<>()).put(month.getKey(), count));
            latest = month.getKey();
        }
        // a head count at a moment: the period's figure is its last month's, not the months added
        YearMonth last = latest;
        List<MonthlyCount> rows = new ArrayList<>();
        counts.forEach((organisation, months) -> {
            months.forEach((month, count) -> rows.add(new MonthlyCount(organisation, month, count, 0)));
            rows.add(new MonthlyCount(organisation, null, last == null ? 0 : months.getOrDefault(last, 0L), 0));
        });
        rows.add(new MonthlyCount(null, null, counts.values().stream()
                .mapToLong(months -> last == null ? 0 : months.getOrDefault(last, 0L)).sum(), 0));
        return rows;
    }

    /**
     * Supporters ready per category on the day the period's figure stands for: its last day, or today while it runs
     * (one statement). Every category is listed, with 0 where none is ready; nothing for a period still to come.
     */
    @Transactional(readOnly = true)
    public List<CategoryCount> readyByCategory(Collection<Long> organisations, MonthRange range) {
        LocalDate today = readiness.today();
        if (range.firstDay().isAfter(today)) {
            return List.of();
        }
        LocalDate last = range.last().atEndOfMonth();
        Map<SupporterCategory, Long> counts = new java.util.EnumMap<>(SupporterCategory.class);
        for (SupporterCategory category : SupporterCategory.values()) {
            counts.put(category, 0L);
        }
        standings.ofOrganisations(managed(organisations), last.isAfter(today) ? today : last).stream()
                .filter(SupporterStanding::ready).forEach(standing -> counts.merge(standing.category(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();
    }

    /** Each month of the range up to this one, with the day its readiness is counted on: its last, or today. */
    private static Map<YearMonth, LocalDate> monthEnds(MonthRange range, LocalDate today) {
        Map<YearMonth, LocalDate> days = new java.util.LinkedHashMap<>();
        for (YearMonth month : range.months()) {
            if (month.atDay(1).isAfter(today)) {
                break;
            }
            days.put(month, month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth());
        }
        return days;
    }

    /** University students who completed the interpersonal-support workshop, in the month of their first time. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> interpersonalStudents(Collection<Long> organisations, MonthRange range) {
        return rollup.run(INTERPERSONAL, managed(organisations), range);
    }

    private List<Long> managed(Collection<Long> organisations) {
        return MonthlyRollup.managedOf(organisations, access.managedOrganisations());
    }

    /** The rows GROUP BY org, month WITH ROLLUP would give: each month, each organisation's total, the total of all. */
    private static List<MonthlyCount> rolledUp(Map<Long, Map<YearMonth, Long>> counts) {
        List<MonthlyCount> rows = new ArrayList<>();
        long all = 0;
        for (Map.Entry<Long, Map<YearMonth, Long>> organisation : counts.entrySet()) {
            long total = 0;
            for (Map.Entry<YearMonth, Long> month : organisation.getValue().entrySet()) {
                rows.add(new MonthlyCount(organisation.getKey(), month.getKey(), month.getValue(), 0));
                total += month.getValue();
            }
            rows.add(new MonthlyCount(organisation.getKey(), null, total, 0));
            all += total;
        }
        rows.add(new MonthlyCount(null, null, all, 0));
        return rows;
    }
}
