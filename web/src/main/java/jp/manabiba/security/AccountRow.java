package jp.manabiba.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An account as the administrator's list shows it. */
public record AccountRow(long id, String username, String displayName, @Nullable String email, Set<Role> roles,
                         boolean enabled, boolean local) {
}
