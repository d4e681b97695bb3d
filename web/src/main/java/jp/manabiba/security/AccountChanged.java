package jp.manabiba.security;

/**
 * Published, inside the transaction that made it, when an account is made or an administrator acts on one, for the
 * audit log (which security does not know). {@code screen} says where from, as the audit log's screens do.
 */
public record AccountChanged(long accountId, Kind kind, String screen) {

    public enum Kind {
        CREATED,
        SUSPENDED,
        ENABLED,
        NEW_PASSWORD,
        SIGN_IN_CARD
    }
}
