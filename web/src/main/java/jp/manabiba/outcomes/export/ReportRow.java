package jp.manabiba.outcomes.export;

import java.util.OptionalDouble;

import jp.manabiba.outcomes.chart.Figure;
import org.jspecify.annotations.Nullable;

/**
 * One figure of an indicator.
 *
 * @param label  what the row is, e.g. an organisation, a site, 保育士OG, 2026年4月
 * @param value  the figure, or suppressed
 * @param target the target for this row, or null where none is set
 */
public record ReportRow(String label, Figure value, @Nullable Double target) {

    public static ReportRow of(String label, Figure value) {
        return new ReportRow(label, value, null);
    }

    public static ReportRow of(String label, Figure value, double target) {
        return new ReportRow(label, value, target);
    }

    /** The share of the target reached (0.84 for 84 %), when there is a target above zero and a shown figure. */
    public OptionalDouble achieved() {
        if (target != null && target > 0 && value instanceof Figure.Value(double amount)) {
            return OptionalDouble.of(amount / target);
        }
        return OptionalDouble.empty();
    }
}
