package jp.manabiba.outcomes;

/** One record behind a figure (a household, a session), for its organisation's coordinator: what and when. */
public record DrillRow(long id, String label, String detail) {
}
