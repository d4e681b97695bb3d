package jp.manabiba.training;

import org.jspecify.annotations.Nullable;

/**
 * A coming workshop of the supporter's organisation as they see it: the seats left, and their own place (none,
 * booked, or waiting at a position). {@code movedUp}: booked from the waiting list, which the screen says.
 */
public record OpenWorkshop(WorkshopRow workshop, @Nullable SignupState mine, int waitingPosition, boolean movedUp) {
}
