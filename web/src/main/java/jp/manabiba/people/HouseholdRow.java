package jp.manabiba.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A household as the list shows it: no circumstances, no contacts, so listing needs no audit entry. */
public record HouseholdRow(long id, String familyName, String familyNameKana, String organisation,
                           @Nullable String district, LocalDate supportStarted, @Nullable LocalDate supportEnded,
                           long learners) {
}
