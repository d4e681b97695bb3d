package jp.manabiba.tutoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A session in a list: when, what, where, how full, and how many came. */
public record SessionRow(long id, String title, Instant startsAt, Instant endsAt, String place, boolean online,
                         int enrolled, int capacity, int attended, @Nullable String cancelledReason, boolean ended) {
}
