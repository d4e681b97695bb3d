package jp.manabiba.learning;

import org.jspecify.annotations.Nullable;

/** One child's self-rating (1-4) on one ESD ability of a unit, before and after (null: not given). */
public record RatingPair(long learnerId, String unitId, String ability, @Nullable Integer before, @Nullable Integer after) {
}
