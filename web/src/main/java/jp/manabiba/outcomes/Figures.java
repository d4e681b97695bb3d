package jp.manabiba.outcomes;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.manabiba.base.MonthlyCount;

/**
 * One indicator counted over a period: per organisation and month, per organisation for the whole period (for a
 * head count not the sum of its months), and the network's whole period.
 */
record Figures(Map<Long, Map<YearMonth, Cell>> months, Map<Long, Cell> totals, Cell network) {

    static Figures of(List<MonthlyCount> rows) {
        Map<Long, Map<YearMonth, Cell>> months = new HashMap<>();
        Map<Long, Cell> totals = new HashMap<>();
        Cell network = Cell.ZERO;
        for (MonthlyCount row : rows) {
            Cell cell = new Cell(row.count(), row.base());
            if (row.organisation() == null) {
                network = cell;
            } else if (row.month() == null) {
                totals.put(row.organisation(), cell);
            } else {
                months.computeIfAbsent(row.organisation(), o -> new HashMap<>()).put(row.month(), cell);
            }
        }
        return new Figures(months, totals, network);
    }

    Cell month(long organisation, YearMonth month) {
        return months.getOrDefault(organisation, Map.of()).getOrDefault(month, Cell.ZERO);
    }

    Cell total(long organisation) {
        return totals.getOrDefault(organisation, Cell.ZERO);
    }

    /**
     * The network's month: the organisations' months added. Right for counts and ratios; a child who attended two
     * organisations in one month counts twice here (the network's whole period comes from the database and does not).
     */
    Cell networkMonth(YearMonth month) {
        return months.values().stream().map(m -> m.getOrDefault(month, Cell.ZERO)).reduce(Cell.ZERO, Cell::plus);
    }
}
