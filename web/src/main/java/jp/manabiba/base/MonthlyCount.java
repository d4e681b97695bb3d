package jp.manabiba.base;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One row of a figure counted per organisation and month with SQL's {@code WITH ROLLUP}: a month of an
 * organisation; the whole range of an organisation ({@code month} null), which for head counts is not the sum of
 * its months (a child of April and May counts once); or the network's range ({@code organisation} null too).
 *
 * @param count what is counted (for a ratio, its numerator: minutes, children who came, levels gained)
 * @param base  a ratio's denominator (children, expected places, ratings); 0 for a plain count
 */
public record MonthlyCount(@Nullable Long organisation, @Nullable YearMonth month, long count, long base) {
}
