package jp.manabiba.tutoring;

/** Something happened in a session (a join, a raised hand, a correction): open boards redraw. */
public record SessionChanged(long sessionId) {
}
