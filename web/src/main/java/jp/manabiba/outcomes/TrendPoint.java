package jp.manabiba.outcomes;

import java.time.YearMonth;

/** One month of an indicator's trend over a fiscal year. */
public record TrendPoint(YearMonth month, FigureValue value) {
}
