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

    /**
     * [id, family name, given name] of these learners in live households of an organisation the account belongs
     * to: one it manages (sentinel -1 for none), the one it supports children in, the one its own household is
     * enrolled with. One statement, whatever the number of ids (a list's names on every page).
     */
    @Query("""
            select l.id, l.familyName, l.givenName from Learner l, Household h
            where l.id in :ids and h.id = l.householdId and h.removedAt is null
              and (h.organisationId in :managed
                or h.organisationId in (select s.organisationId from Supporter s where s.accountId = :account)
                or h.organisationId in (select oh.organisationId from Learner ol, Household oh
                  where ol.accountId = :account and oh.id = ol.householdId and oh.removedAt is null))""")
    List<Object[]> namesForMember(Collection<Long> ids, Collection<Long> managed, long account);

    void deleteByHouseholdId(long householdId);
}
