package jp.manabiba.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The signed-in account, whichever way it signed in (local password or OpenID Connect). */
public interface AccountPrincipal {

    long accountId();

    String username();

    String displayName();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** The account to name in records this user makes; none when the system itself acts (seeding, jobs). */
    default @Nullable Long recordingAccountId() {
        return accountId() > 0 ? accountId() : null;
    }
}
