package jp.manabiba.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TutoringMatchRepository extends JpaRepository<TutoringMatch, Long> {

    List<TutoringMatch> findByLearnerIdOrderByStartsOnDesc(long learnerId);

    List<TutoringMatch> findBySupporterId(long supporterId);

    /** Active matches per supporter on a day: [supporterId, count], one query for the whole list. */
    @Query("""
            select m.supporterId, count(m) from TutoringMatch m
            where m.supporterId in :supporterIds and m.startsOn <= :day and (m.endsOn is null or m.endsOn >= :day)
            group by m.supporterId""")
    List<Object[]> activePerSupporter(Collection<Long> supporterIds, LocalDate day);

    /** The learners of the account's active matches on a day, in one statement (a review queue asks each page). */
    @Query("""
            select distinct m.learnerId from TutoringMatch m, Supporter s where s.accountId = :account
              and m.supporterId = s.id and m.startsOn <= :day and (m.endsOn is null or m.endsOn >= :day)""")
    List<Long> activeLearnersOfAccount(long account, LocalDate day);

    /** Active matches on a day of these supporters, only those of the given organisations: [supporterId, count]. */
    @Query("""
            select m.supporterId, count(m) from TutoringMatch m, Supporter s
            where s.id = m.supporterId and s.organisationId in :organisations and m.supporterId in :supporterIds
              and m.startsOn <= :day and (m.endsOn is null or m.endsOn >= :day)
            group by m.supporterId""")
    List<Object[]> activeInOrganisations(Collection<Long> supporterIds, Collection<Long> organisations, LocalDate day);
}
