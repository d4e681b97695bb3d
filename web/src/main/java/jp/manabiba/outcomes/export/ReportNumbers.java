package jp.manabiba.outcomes.export;

import java.math.BigDecimal;

/** Figures as a machine reads them in a file: no grouping, no trailing zeros, a dot for decimals. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    static String plain(double amount) {
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }

    /** The share of a target reached as whole percent, rounded down: 84.9 % reached is not 85 %. */
    static String percent(double share) {
        return (long) Math.floor(share * 100) + "%";
    }
}
