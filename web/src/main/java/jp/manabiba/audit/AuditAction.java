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
    /** a feature refused a record the user may not reach (another child's id by URL or a tampered request) */
    REFUSED
}
