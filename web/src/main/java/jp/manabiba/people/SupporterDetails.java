package jp.manabiba.people;

import org.jspecify.annotations.Nullable;

/** What a coordinator enters about a supporter. */
public record SupporterDetails(SupporterCategory category, String familyName, String givenName,
                               @Nullable String affiliation, @Nullable String faculty, @Nullable String email,
                               @Nullable String phone) {
}
