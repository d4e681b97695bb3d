package jp.manabiba.security;

import java.util.Set;

/** The signed-in account, whichever way it signed in (local password or OpenID Connect). */
public interface AccountPrincipal {

    long accountId();

    String username();

    String displayName();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
