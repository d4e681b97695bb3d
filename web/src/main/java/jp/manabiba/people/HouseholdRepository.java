package jp.manabiba.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    /**
     * One page of the households list, with each household's first guardian (the one the coordinator entered
     * first, who stands for the household) and number of learners, in one query: the viewer's organisations are a
     * subquery and the guardian and count correlated subqueries, so paging costs no second round trip and no row
     * is repeated however many guardians a household has. Status: null for all, true for those supported on
     * {@code today}, false for those whose support has ended.
     */
    @Query("""
            select new jp.manabiba.people.HouseholdRow(h.id, h.familyName, h.familyNameKana, o.name, h.district,
                   h.supportStarted, h.supportEnded,
                   (select concat(g.familyName, ' ', g.givenName) from Guardian g where g.id =
                       (select min(first.id) from Guardian first where first.household = h)),
                   (select count(l) from Learner l where l.householdId = h.id))
            from Household h, Organisation o
            where o.id = h.organisationId and h.removedAt is null
              and (:allOrganisations = true or h.organisationId in
                   (select c.id from Organisation c join c.coordinatorAccountIds a where a = :accountId))
              and (:search is null or h.familyName like :search or h.familyNameKana like :search)
              and (:active is null
                   or (:active = true and h.supportStarted <= :today and (h.supportEnded is null or h.supportEnded >= :today))
                   or (:active = false and h.supportEnded < :today))
              and (:yearStart is null or (h.supportStarted <= :yearEnd and (h.supportEnded is null or h.supportEnded >= :yearStart)))
            order by h.familyNameKana, h.id""")
    List<HouseholdRow> page(boolean allOrganisations, long accountId, @Nullable String search, @Nullable Boolean active,
                            LocalDate today, @Nullable LocalDate yearStart, @Nullable LocalDate yearEnd, Pageable page);

    /**
     * The household with its guardians. Only one collection is fetched in the join: fetching guardians together
     * with circumstances multiplied the rows, and each guardian came back once per circumstance. The others load
     * by their own select inside the transaction.
     */
    @EntityGraph(attributePaths = "guardians")
    Optional<Household> findWithDetailsById(long id);

    /** Households supported at some time in a fiscal year, per organisation: [organisationId, count]. */
    @Query("""
            select h.organisationId, count(h) from Household h
            where h.organisationId in :organisations and h.removedAt is null
              and h.supportStarted <= :yearEnd and (h.supportEnded is null or h.supportEnded >= :yearStart)
            group by h.organisationId""")
    List<Object[]> supportedPerOrganisation(Collection<Long> organisations, LocalDate yearStart, LocalDate yearEnd);

    /** Learners of those households, per organisation: [organisationId, count]. */
    @Query("""
            select h.organisationId, count(l) from Learner l, Household h
            where l.householdId = h.id and h.organisationId in :organisations and h.removedAt is null
              and h.supportStarted <= :yearEnd and (h.supportEnded is null or h.supportEnded >= :yearStart)
            group by h.organisationId""")
    List<Object[]> learnersPerOrganisation(Collection<Long> organisations, LocalDate yearStart, LocalDate yearEnd);

    /** The households of one organisation supported at some time from {@code first} to {@code last}, by reading. */
    @Query("""
            select new jp.manabiba.people.SupportedHousehold(h.id, h.familyName, h.supportStarted, h.supportEnded)
            from Household h
            where h.organisationId = :organisation and h.removedAt is null
              and h.supportStarted <= :last and (h.supportEnded is null or h.supportEnded >= :first)
            order by h.familyNameKana, h.id""")
    List<SupportedHousehold> supportedIn(long organisation, LocalDate first, LocalDate last);

    @Query("select h.id from Household h where h.removedAt is not null and h.removedAt < :before")
    List<Long> removedBefore(Instant before);
}
