package jp.manabiba.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ActivityAnswerRepository extends JpaRepository<ActivityAnswer, Long> {

    Optional<ActivityAnswer> findByLearnerIdAndUnitIdAndActivityId(long learnerId, String unitId, String activityId);

    /** [learner id, unit id, activity id, answer] of these children's answers of one kind saved in [from, until). */
    @Query("""
            select a.learnerId, a.unitId, a.activityId, a.answer from ActivityAnswer a where a.learnerId in :learnerIds
            and a.kind = :kind and a.answer is not null and a.savedAt >= :from and a.savedAt < :until
            order by a.learnerId, a.unitId, a.activityId""")
    List<Object[]> answersOf(Collection<Long> learnerIds, String kind, Instant from, Instant until);

    List<ActivityAnswer> findByLearnerIdAndUnitId(long learnerId, String unitId);

    /**
     * Makes sure the row exists (an empty one at version 0), 1 when this call made it. Two tabs saving their first
     * answer at once meet here: the second waits for the first's commit and finds its row, instead of hitting
     * uk_activity_answer. The values are already checked, so IGNORE can only skip the duplicate.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            insert ignore into activity_answer (learner_id, unit_id, activity_id, kind, saved_at, version)
            values (:learnerId, :unitId, :activityId, :kind, :now, 0)""", nativeQuery = true)
    int insertIfAbsent(long learnerId, String unitId, String activityId, String kind, Instant now);

    /** The row locked until commit: saves of one answer happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ActivityAnswer a where a.learnerId = :learnerId and a.unitId = :unitId and a.activityId = :activityId")
    Optional<ActivityAnswer> lock(long learnerId, String unitId, String activityId);
}
