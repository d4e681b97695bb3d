package jp.manabiba.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommunityActionRepository extends JpaRepository<CommunityActionRecord, Long> {

    Optional<CommunityActionRecord> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<CommunityActionRecord> findByLearnerId(long learnerId);

    /**
     * Makes the child's action row if absent (an empty plan, filled in by the same transaction), 1 when this call made
     * it: two tabs making the first plan at once meet here, not at uk_community_action.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            insert ignore into community_action (learner_id, organisation_id, unit_id, activity_id, state, plan_what,
              plan_with_whom, planned_on, planned_at, version)
            values (:learnerId, :organisationId, :unitId, :activityId, 'PLANNED', '', '', :on, :now, 0)""", nativeQuery = true)
    int insertIfAbsent(long learnerId, long organisationId, String unitId, String activityId, LocalDate on, Instant now);

    /** The row locked until commit (a locking read also sees a row another tab has just committed). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CommunityActionRecord a where a.learnerId = :learnerId and a.unitId = :unitId")
    Optional<CommunityActionRecord> lock(long learnerId, String unitId);

    List<CommunityActionRecord> findByLearnerIdIn(Collection<Long> learnerIds);

    List<CommunityActionRecord> findByOrganisationIdIn(Collection<Long> organisationIds);

    /** Reported actions done within [from, until), per organisation: [organisationId, count, minutes]. */
    @Query("""
            select a.organisationId, count(a), coalesce(sum(a.minutes), 0) from CommunityActionRecord a
            where a.state = jp.manabiba.learning.ActionState.REPORTED and a.organisationId in :organisations
              and a.doneOn >= :from and a.doneOn < :until group by a.organisationId""")
    List<Object[]> reportedPerOrganisation(Collection<Long> organisations, LocalDate from, LocalDate until);
}
