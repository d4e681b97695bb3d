package jp.manabiba.audit;

/** What was done with a sensitive record. */
public enum AuditAction {
    READ,
    CHANGE,
    REMOVE,
    ERASE
}
