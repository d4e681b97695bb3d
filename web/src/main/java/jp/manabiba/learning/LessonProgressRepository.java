package jp.manabiba.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    Optional<LessonProgress> findByLearnerIdAndUnitIdAndLessonId(long learnerId, String unitId, String lessonId);

    List<LessonProgress> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<LessonProgress> findByLearnerIdIn(Collection<Long> learnerIds);

    /** Remembers the first opening; two tabs opening a lesson at once make one row (uk_lesson_progress), no error. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            insert ignore into lesson_progress (learner_id, unit_id, lesson_id, opened_at, version)
            values (:learnerId, :unitId, :lessonId, :now, 0)""", nativeQuery = true)
    int insertIfAbsent(long learnerId, String unitId, String lessonId, Instant now);
}
