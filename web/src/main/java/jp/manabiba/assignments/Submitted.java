package jp.manabiba.assignments;

import org.jspecify.annotations.Nullable;

/** The answer to a submission: marked late or not, and the closed questions' score (null when there are none). */
public record Submitted(long version, boolean late, @Nullable Integer autoScore, int maxScore) {
}
