package jp.manabiba.assignments;

/** A draft only its author sees; published work reaches its children. */
public enum AssignmentState {
    DRAFT,
    PUBLISHED
}
