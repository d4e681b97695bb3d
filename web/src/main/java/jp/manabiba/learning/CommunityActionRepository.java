package jp.manabiba.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommunityActionRepository extends JpaRepository<CommunityActionRecord, Long> {

    Optional<CommunityActionRecord> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<CommunityActionRecord> findByLearnerId(long learnerId);

    List<CommunityActionRecord> findByLearnerIdIn(Collection<Long> learnerIds);

    List<CommunityActionRecord> findByOrganisationIdIn(Collection<Long> organisationIds);

    /** Reported actions done within [from, until), per organisation: [organisationId, count, minutes]. */
    @Query("""
            select a.organisationId, count(a), coalesce(sum(a.minutes), 0) from CommunityActionRecord a
            where a.state = jp.manabiba.learning.ActionState.REPORTED and a.organisationId in :organisations
              and a.doneOn >= :from and a.doneOn < :until group by a.organisationId""")
    List<Object[]> reportedPerOrganisation(Collection<Long> organisations, LocalDate from, LocalDate until);
}
