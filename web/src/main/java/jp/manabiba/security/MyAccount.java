package jp.manabiba.security;

import java.util.Set;

import jp.manabiba.i18n.Language;
import org.jspecify.annotations.Nullable;

/** What a signed-in user sees of their own account. */
public record MyAccount(String username, String displayName, @Nullable String email, Set<Role> roles,
                        Language language, boolean linkedToGoogle, boolean linkedToMicrosoft) {
}
