package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** Numbers in drill-down rows, written out the same way in both languages (the cards' one decimal). */
final class DrillNumbers {

    private DrillNumbers() {
    }

    static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
    }

    static String level(@Nullable Double level) {
        return level == null ? "–" : BigDecimal.valueOf(level).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A child's free text cut to a line. */
    static String line(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 60 ? flat.substring(0, 59) + "…" : flat;
    }
}
