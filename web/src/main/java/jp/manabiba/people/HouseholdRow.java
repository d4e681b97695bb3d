package jp.manabiba.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A household as the list shows it: no circumstances, no contacts, so listing needs no audit entry. Several
 * households share a family name; the first guardian's name and the district tell them apart.
 *
 * @param guardian the first guardian's full name, null while the household has none
 */
public record HouseholdRow(long id, String familyName, String familyNameKana, String organisation,
                           @Nullable String district, LocalDate supportStarted, @Nullable LocalDate supportEnded,
                           @Nullable String guardian, long learners) {
}
