package jp.manabiba.audit;

/** What was done with a sensitive record, or with an account. Stored by name (at most 30 characters). */
public enum AuditAction {
    READ,
    CHANGE,
    REMOVE,
    ERASE,
    CREATE,
    END,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SUSPEND,
    ENABLE,
    NEW_PASSWORD,
    SIGN_IN_CARD,
    /** A call the feature's policy refused: another child's work, a foreign id, a tampered request. */
    REFUSED
}
