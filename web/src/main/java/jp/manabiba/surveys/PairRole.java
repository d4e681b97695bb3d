package jp.manabiba.surveys;

/** A survey's place in a before/after pair: the POST survey names its PRE survey, and answers are compared. */
public enum PairRole {
    PRE,
    POST
}
