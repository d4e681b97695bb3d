package jp.manabiba.tutoring;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A session as other features need it to hang their own records on it (work due after it starts, lessons opened
 * today): its series, organisation, times and children. To a child, {@code learnerIds} holds only themselves.
 */
public record EnrolledSession(long id, @Nullable Long seriesId, long organisationId, Instant startsAt, Instant endsAt,
                              Set<Long> learnerIds) {
}
