package jp.manabiba.training;

/** What a training target counts over: one fiscal year (April-March), or the programme's three years together. */
public enum TargetPeriod {
    FISCAL_YEAR,
    PROGRAMME
}
