package jp.manabiba.outcomes;

/** A target's period: one fiscal year (April-March), or the programme's three years from its first year. */
public enum PeriodKind {
    FISCAL_YEAR,
    PROGRAMME
}
