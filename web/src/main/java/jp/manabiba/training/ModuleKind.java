package jp.manabiba.training;

/** How a module is completed: a quiz after reading it here, attendance at a workshop, or an approved certificate. */
public enum ModuleKind {
    SELF_STUDY,
    WORKSHOP,
    EXTERNAL
}
