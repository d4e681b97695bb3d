package jp.manabiba.outcomes;

/** Counted from the platform's records by an {@link IndicatorQuery}, or typed by coordinators month by month. */
public enum IndicatorSource {
    COMPUTED,
    MANUAL
}
