package jp.manabiba.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    Optional<LessonProgress> findByLearnerIdAndUnitIdAndLessonId(long learnerId, String unitId, String lessonId);

    List<LessonProgress> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<LessonProgress> findByLearnerIdIn(Collection<Long> learnerIds);

    /** learner id, unit id, lesson id, seen at: the lessons these children were in since then, latest first. */
    @Query("""
            select p.learnerId, p.unitId, p.lessonId, p.seenAt from LessonProgress p
            where p.learnerId in :learnerIds and p.seenAt >= :since order by p.seenAt desc, p.id desc""")
    List<Object[]> seenSince(Collection<Long> learnerIds, Instant since);
}
