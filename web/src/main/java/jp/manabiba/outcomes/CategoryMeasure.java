package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a breakdown by supporter category counts. Only measures of supporters and their sessions exist here: a
 * count of children or households can never be broken down by category, as these figures are shown unsuppressed.
 */
public enum CategoryMeasure {
    /** Supporters (adults: no small-cell suppression). */
    SUPPORTERS(IndicatorUnit.PEOPLE),
    /** Sessions held, once per category among the session's supporters. */
    SESSIONS(IndicatorUnit.SESSIONS),
    /** Hours children attended, once per category among the session's supporters (counted in minutes). */
    SUPPORT_HOURS(IndicatorUnit.HOURS);

    private final IndicatorUnit unit;

    CategoryMeasure(IndicatorUnit unit) {
        this.unit = unit;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    BigDecimal value(long count) {
        return this == SUPPORT_HOURS ? BigDecimal.valueOf(count).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(count);
    }
}
