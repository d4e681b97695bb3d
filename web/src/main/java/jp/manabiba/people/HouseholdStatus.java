package jp.manabiba.people;

/** Whether a household is supported today, or its support has ended. */
public enum HouseholdStatus {
    ACTIVE,
    ENDED
}
