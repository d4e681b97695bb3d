package jp.manabiba.outcomes;

/** How a period's figure follows from its months. */
public enum Aggregation {
    /** Months add up (sessions, meals). */
    SUM,
    /** A head count: each household or child once per period, so months do not add up. */
    DISTINCT,
    /** A ratio of two counts over the whole period (attendance rate, hours per learner). */
    RATE,
    /** A stock at the end of the period: the latest month's value (partner organisations). */
    LATEST
}
