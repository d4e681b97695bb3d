package jp.manabiba.learning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A child's community action in a supporter's list: which unit (its kind), planned or reported, minutes, the day. */
public record ActionRow(long learnerId, String name, String unitId, ActionState state, LocalDate plannedOn,
                        @Nullable Integer minutes, @Nullable LocalDate doneOn) {
}
