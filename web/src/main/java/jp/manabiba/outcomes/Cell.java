package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A figure as counted, before it is shown: a count, or a ratio's numerator and denominator ({@code base} > 0).
 * Cells of several organisations add up by their parts, so a network's rate is the ratio of the sums.
 */
public record Cell(long count, long base) {

    public static final Cell ZERO = new Cell(0, 0);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Cell plus(Cell other) {
        return new Cell(count + other.count, base + other.base);
    }

    /** How many children or households stand behind the cell: what small-cell suppression looks at. */
    public long size() {
        return base > 0 ? base : count;
    }

    /** The figure in the indicator's unit; none for a ratio of nothing (no child expected, nobody rated). */
    public @Nullable BigDecimal value(IndicatorUnit unit, Aggregation aggregation) {
        BigDecimal value = BigDecimal.valueOf(count);
        if (aggregation == Aggregation.RATE) {
            if (base == 0) {
                return null;
            }
            value = value.divide(BigDecimal.valueOf(base), 6, RoundingMode.HALF_UP);
        }
        return switch (unit) {
            case HOURS -> value.divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
            case PERCENT -> value.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
            case LEVELS -> value.setScale(2, RoundingMode.HALF_UP);
            default -> value.setScale(0, RoundingMode.HALF_UP);
        };
    }
}
