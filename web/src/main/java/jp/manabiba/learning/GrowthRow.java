package jp.manabiba.learning;

import jp.manabiba.curriculum.unit.EsdAbility;
import org.jspecify.annotations.Nullable;

/** One child's self-rating on one ability of a unit, before and after (null: not given yet). */
public record GrowthRow(long learnerId, String name, EsdAbility ability, @Nullable Integer start, @Nullable Integer end) {

    /** After minus before, when both are given. */
    public @Nullable Integer change() {
        return start == null || end == null ? null : end - start;
    }
}
