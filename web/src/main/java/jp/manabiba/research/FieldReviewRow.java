package jp.manabiba.research;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A reviewable field of an organisation: reviewed (and so exported) or not, by whom and when. */
public record FieldReviewRow(ResearchField field, boolean reviewed, @Nullable String reviewer, @Nullable Instant reviewedAt) {
}
