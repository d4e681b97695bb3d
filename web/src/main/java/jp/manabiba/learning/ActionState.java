package jp.manabiba.learning;

/** A community action is planned first, then reported once done. */
public enum ActionState {
    PLANNED,
    REPORTED
}
