package jp.manabiba.learning;

import org.jspecify.annotations.Nullable;

/** Who has a unit now: one child ({@code learnerId}) or everyone of a series ({@code seriesId}), by name or title. */
public record UnitHolder(long assignmentId, @Nullable Long learnerId, @Nullable Long seriesId, String name) {

    public boolean series() {
        return seriesId != null;
    }
}
