package jp.manabiba.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    List<Learner> findByHouseholdIdOrderById(long householdId);

    Optional<Learner> findByAccountId(long accountId);

    Optional<Learner> findByRosterSourcedId(String sourcedId);

    /** Learners of live households of these organisations; a removed household's children leave every list at once. */
    @Query("""
            select l from Learner l, Household h where l.householdId = h.id and h.organisationId in :organisations
              and h.removedAt is null
            order by l.familyNameKana, l.givenNameKana, l.id""")
    List<Learner> findByOrganisations(Collection<Long> organisations);

    List<Learner> findBySchoolId(long schoolId);

    void deleteByHouseholdId(long householdId);
}
