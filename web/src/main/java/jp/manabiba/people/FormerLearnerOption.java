package jp.manabiba.people;

/** A learner of the organisation a supporter may once have been, to choose on the supporter's form. */
public record FormerLearnerOption(long id, String name, boolean supportEnded) {
}
