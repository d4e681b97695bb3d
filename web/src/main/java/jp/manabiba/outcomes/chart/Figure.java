package jp.manabiba.outcomes.chart;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One figure of a chart or a report: a number, or a count hidden by small-cell suppression. The suppressed kind holds
 * no number on purpose: whatever reaches a chart or an export cannot reveal the count behind "&lt;5".
 */
public sealed interface Figure {

    /** How a suppressed count is shown everywhere: on screen, in charts, in every export. */
    String SUPPRESSED_TEXT = "<5";

    static Figure of(double amount) {
        return new Value(amount);
    }

    static Figure suppressed() {
        return Suppressed.INSTANCE;
    }

    /** The figure as people read it: grouped digits and at most one decimal ("1,234", "12.5"), or "&lt;5". */
    String text(Locale locale);

    record Value(double amount) implements Figure {

        public Value {
            if (!Double.isFinite(amount)) {
                throw new IllegalArgumentException("A figure must be a finite number: " + amount);
            }
        }

        @Override
        public String text(Locale locale) {
            return number(amount, locale);
        }
    }

    /** A count below the threshold (5), left out; the count itself is not kept. */
    enum Suppressed implements Figure {
        INSTANCE;

        @Override
        public String text(Locale locale) {
            return SUPPRESSED_TEXT;
        }
    }

    /** A number as figures print it, also for targets. */
    static String number(double amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(amount);
    }
}
