package jp.manabiba.outcomes;

import jp.manabiba.base.MonthRange;

/** A reporting period: a fiscal year (April-March, Asia/Tokyo) or the programme, as whole months. */
public record Period(PeriodKind kind, int startYear, MonthRange range) {
}
