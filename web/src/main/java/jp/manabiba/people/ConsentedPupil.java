package jp.manabiba.people;

/** A pupil a teacher may see (their school, the household's current consent to share with it), for other features' rules. */
public record ConsentedPupil(long learnerId, long organisationId, String name) {
}
