package jp.manabiba.assignments;

import org.jspecify.annotations.Nullable;

/** The review queue's filter: children of one session series, and/or one child; nulls mean all. */
public record QueueFilter(@Nullable Long seriesId, @Nullable Long learnerId) {

    public static final QueueFilter ALL = new QueueFilter(null, null);
}
