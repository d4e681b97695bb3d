package jp.manabiba.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    Optional<LessonProgress> findByLearnerIdAndUnitIdAndLessonId(long learnerId, String unitId, String lessonId);

    List<LessonProgress> findByLearnerIdAndUnitId(long learnerId, String unitId);

    List<LessonProgress> findByLearnerIdIn(Collection<Long> learnerIds);
}
