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

    /** [id, family name, given name, support ended] of an organisation's learners, past ones too (live households). */
    @Query("""
            select l.id, l.familyName, l.givenName, h.supportEnded from Learner l, Household h
            where l.householdId = h.id and h.organisationId = :organisation and h.removedAt is null
            order by l.familyNameKana, l.givenNameKana, l.id""")
    List<Object[]> namesInOrganisation(long organisation);

    @Query("select l.id from Learner l, Household h where l.householdId = h.id and h.organisationId = :organisation and h.removedAt is null")
    List<Long> idsInOrganisation(long organisation);

    /**
     * [id, grade, home class, district] of the learners of households supported in the period whose newest decision
     * on the purpose (as {@link Household#currentConsent}: latest recorded, then highest id) is a yes. One statement.
     */
    @Query("""
            select l.id, l.grade, l.homeClass, h.district from Learner l, Household h
            where l.householdId = h.id and h.organisationId = :organisation and h.removedAt is null
              and h.supportStarted <= :last and (h.supportEnded is null or h.supportEnded >= :first)
              and exists (select c.id from ConsentRecord c where c.household = h and c.purpose = :purpose and c.granted = true
                and not exists (select n.id from ConsentRecord n where n.household = h and n.purpose = :purpose
                  and (n.recordedAt > c.recordedAt or (n.recordedAt = c.recordedAt and n.id > c.id))))
            order by l.id""")
    List<Object[]> consentingIn(long organisation, ConsentPurpose purpose, java.time.LocalDate first,
                                java.time.LocalDate last);

    void deleteByHouseholdId(long householdId);
}
