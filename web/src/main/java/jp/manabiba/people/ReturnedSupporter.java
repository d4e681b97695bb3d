package jp.manabiba.people;

import java.time.LocalDate;

/** A supporter who was once a learner of the same organisation, and the day (Asia/Tokyo) they became a supporter. */
public record ReturnedSupporter(long organisationId, long supporterId, long formerLearnerId, LocalDate since) {
}
