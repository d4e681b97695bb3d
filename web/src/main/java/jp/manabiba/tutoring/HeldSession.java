package jp.manabiba.tutoring;

import java.time.Instant;

/** A session counted as held, for its organisation's coordinator to check the count: no child in it. */
public record HeldSession(long id, String title, Instant startsAt) {
}
