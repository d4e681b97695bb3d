package jp.manabiba.learning;

/** An organisation's reported community actions in a fiscal year and their minutes: an outcome of the programme. */
public record ActionOutcome(long organisationId, long actions, long minutes) {
}
