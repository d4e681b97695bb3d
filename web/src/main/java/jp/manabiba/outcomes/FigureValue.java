package jp.manabiba.outcomes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A figure as it may be shown: its value, or hidden by {@link SmallCells} (the screen writes "&lt;5", a chart
 * leaves the bar out). No value and not hidden: nothing to count yet (a rate with nobody expected).
 */
public record FigureValue(@Nullable BigDecimal value, boolean hidden) {

    /** Nothing to count (yet): shown as a dash, left out of a chart and of the exports. */
    public static final FigureValue NONE = new FigureValue(null, false);

    static FigureValue of(IndicatorInfo indicator, Cell cell, boolean hidden) {
        return hidden ? new FigureValue(null, true) : new FigureValue(cell.value(indicator.unit(), indicator.aggregation()), false);
    }
}
