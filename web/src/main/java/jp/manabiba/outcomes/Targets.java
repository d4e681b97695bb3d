package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.manabiba.people.HouseholdOutcomes;
import jp.manabiba.people.OutcomeRow;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The targets in force for a view: the indicator_target rows of the organisation (or of the network), and for
 * households supported the target people already keeps per organisation and year (50 unless an administrator
 * changed it on the organisations screen; the network's is their sum), so there is one place to set it.
 */
@Component
class Targets {

    record Pair(@Nullable BigDecimal year, @Nullable BigDecimal programme) {
    }

    private final IndicatorTargetRepository targets;
    private final HouseholdOutcomes households;
    private final Periods periods;

    Targets(IndicatorTargetRepository targets, HouseholdOutcomes households, Periods periods) {
        this.targets = targets;
        this.households = households;
        this.periods = periods;
    }

    Map<String, Pair> of(@Nullable Long organisation, @Nullable String organisationName, FiscalYear year) {
        Map<String, BigDecimal> yearly = new HashMap<>();
        Map<String, BigDecimal> programme = new HashMap<>();
        for (IndicatorTarget t : targets.forYearAndProgramme(year.year(), periods.firstYear())) {
            if (Objects.equals(t.organisationId(), organisation)) {
                (t.periodKind() == PeriodKind.FISCAL_YEAR ? yearly : programme).put(t.indicatorCode(), t.target());
            }
        }
        List<OutcomeRow> rows = households.year(year).stream()
                .filter(r -> organisation == null || r.organisation().equals(organisationName)).toList();
        if (!rows.isEmpty()) {
            yearly.put(HouseholdsSupportedQuery.CODE, BigDecimal.valueOf(rows.stream().mapToLong(OutcomeRow::target).sum()));
        }
        Map<String, Pair> pairs = new HashMap<>();
        java.util.stream.Stream.concat(yearly.keySet().stream(), programme.keySet().stream()).distinct()
                .forEach(code -> pairs.put(code, new Pair(yearly.get(code), programme.get(code))));
        return pairs;
    }

    Pair of(Map<String, Pair> pairs, String code) {
        return pairs.getOrDefault(code, new Pair(null, null));
    }
}
