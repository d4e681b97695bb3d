package jp.manabiba.people;

/** Why a household is eligible for support. Sensitive: disability and health are 要配慮個人情報. */
public enum Circumstance {
    ECONOMIC_HARDSHIP,
    SINGLE_PARENT,
    FOREIGN_ROOTS,
    DISABILITY_OR_HEALTH,
    OTHER
}
