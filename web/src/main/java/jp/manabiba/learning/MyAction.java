package jp.manabiba.learning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A child's community action for a unit as they see it; {@code version} goes back with a change; {@code savedAt}
 * is when the plan or, once reported, the report was kept.
 */
public record MyAction(String unitId, ActionState state, ActionPlan plan, @Nullable ActionReport report, long version,
                       Instant savedAt) {
}
