package jp.manabiba.people;

import org.jspecify.annotations.Nullable;

/** A guardian as the household page shows and the form edits it. */
public record GuardianDetails(String familyName, String givenName, @Nullable String relationship,
                              @Nullable String phone, @Nullable String email, HomeLanguage preferredLanguage) {
}
