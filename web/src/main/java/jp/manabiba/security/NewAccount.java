package jp.manabiba.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An account to create. A null password makes an account that signs in only through Google or Microsoft (by
 * its email address).
 */
public record NewAccount(String username, String displayName, @Nullable String email, @Nullable String password,
                         Set<Role> roles) {
}
