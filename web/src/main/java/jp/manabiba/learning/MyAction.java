package jp.manabiba.learning;

import org.jspecify.annotations.Nullable;

/** A child's community action for a unit as they see it; {@code version} goes back with a change. */
public record MyAction(String unitId, ActionState state, ActionPlan plan, @Nullable ActionReport report, long version) {
}
