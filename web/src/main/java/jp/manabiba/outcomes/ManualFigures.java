package jp.manabiba.outcomes;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import org.springframework.stereotype.Component;

/**
 * A manual indicator's figures from the values in force (the newest row of each month), in the same shape as a
 * computed one's: months, a period per organisation (the sum, or the latest month for a stock), the network's.
 */
@Component
class ManualFigures {

    private final ManualValueRepository values;

    ManualFigures(ManualValueRepository values) {
        this.values = values;
    }

    List<MonthlyCount> compute(IndicatorInfo indicator, MonthRange range, Collection<Long> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ManualValue>> perOrganisation = values.inForce(indicator.code(), organisations, range.firstDay(),
                range.endDay()).stream().collect(Collectors.groupingBy(ManualValue::organisationId));
        List<MonthlyCount> rows = new ArrayList<>();
        long network = 0;
        for (Map.Entry<Long, List<ManualValue>> entry : perOrganisation.entrySet()) {
            List<ManualValue> own = entry.getValue().stream().sorted(Comparator.comparing(ManualValue::month)).toList();
            own.forEach(v -> rows.add(new MonthlyCount(entry.getKey(), YearMonth.from(v.month()), v.value(), 0)));
            long total = indicator.aggregation() == Aggregation.LATEST ? own.getLast().value()
                    : own.stream().mapToLong(ManualValue::value).sum();
            rows.add(new MonthlyCount(entry.getKey(), null, total, 0));
            network += total;
        }
        rows.add(new MonthlyCount(null, null, network, 0));
        return rows;
    }
}
