package jp.manabiba.outcomes;

/** What an indicator's figure is measured in; the screen shows the unit's word after the number. */
public enum IndicatorUnit {
    HOUSEHOLDS,
    PEOPLE,
    SESSIONS,
    /** Counted in minutes by the queries, shown in hours. */
    HOURS,
    PERCENT,
    COUNT,
    /** Self-rating levels (1-4) gained on average. */
    LEVELS,
    MEALS
}
