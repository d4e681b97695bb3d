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

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    Optional<LessonProgress> findByLearnerIdAndUnitIdAndLessonId(long learnerId, String unitId, String lessonId);

    List<LessonProgress> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<LessonProgress> findByLearnerIdIn(Collection<Long> learnerIds);

    /** [learner id, unit id, lesson id, opened at, finished at] of these children's lessons: one query. */
    @Query("select p.learnerId, p.unitId, p.lessonId, p.openedAt, p.finishedAt from LessonProgress p where p.learnerId in :learnerIds")
    List<Object[]> progressOf(Collection<Long> learnerIds);

    /** learner id, unit id, lesson id, seen at: the lessons these children were in since then, latest first. */
    @Query("""
            select p.learnerId, p.unitId, p.lessonId, p.seenAt from LessonProgress p
            where p.learnerId in :learnerIds and p.seenAt >= :since order by p.seenAt desc, p.id desc""")
    List<Object[]> seenSince(Collection<Long> learnerIds, Instant since);
    /** The row by a locking read, which sees a row another transaction has just committed (not this one's snapshot). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from LessonProgress p where p.learnerId = :learnerId and p.unitId = :unitId and p.lessonId = :lessonId")
    Optional<LessonProgress> lock(long learnerId, String unitId, String lessonId);

    /** Remembers the first opening; two tabs opening a lesson at once make one row (uk_lesson_progress), no error. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            insert ignore into lesson_progress (learner_id, unit_id, lesson_id, opened_at, seen_at, version)
            values (:learnerId, :unitId, :lessonId, :now, :now, 0)""", nativeQuery = true)
    int insertIfAbsent(long learnerId, String unitId, String lessonId, Instant now);
}
