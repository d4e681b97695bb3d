package jp.manabiba.people;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a coordinator enters about a household. */
public record HouseholdDetails(String familyName, String familyNameKana, @Nullable String district,
                               HomeLanguage preferredLanguage, LocalDate supportStarted, @Nullable LocalDate supportEnded,
                               Set<Circumstance> circumstances, @Nullable String circumstanceNote) {
}
