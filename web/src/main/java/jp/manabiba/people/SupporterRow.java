package jp.manabiba.people;

import org.jspecify.annotations.Nullable;

/** A supporter as the coordinator's list shows it. */
public record SupporterRow(long id, String fullName, SupporterCategory category, @Nullable String affiliation,
                           String organisation, boolean hasAccount, long activeMatches) {
}
