package jp.manabiba.surveys;

/** Whom a survey asks, all of one organisation. Guardians have no accounts: they answer through a household link. */
public enum Audience {
    LEARNER,
    GUARDIAN,
    SUPPORTER,
    TEACHER
}
