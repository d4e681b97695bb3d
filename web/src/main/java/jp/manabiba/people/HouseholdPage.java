package jp.manabiba.people;

import java.util.List;

/**
 * Everything the household page shows, sensitive parts included: reading it writes an audit entry.
 *
 * @param version for optimistic locking when the coordinator saves a change
 */
public record HouseholdPage(long id, long version, long organisationId, String organisation, HouseholdDetails details,
                            List<GuardianRow> guardians, List<ConsentRow> consents, List<LearnerRow> learners) {

    public record GuardianRow(long id, GuardianDetails details) {
    }

    public record ConsentRow(ConsentPurpose purpose, boolean granted, String givenBy, ConsentMethod method,
                             java.time.LocalDate decidedOn, java.time.Instant recordedAt, boolean current) {
    }
}
