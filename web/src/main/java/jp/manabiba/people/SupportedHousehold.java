package jp.manabiba.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A household counted in a period's figure, for the coordinator of its organisation to check the count. */
public record SupportedHousehold(long id, String familyName, LocalDate supportStarted, @Nullable LocalDate supportEnded) {
}
