package jp.manabiba.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityAnswerRepository extends JpaRepository<ActivityAnswer, Long> {

    Optional<ActivityAnswer> findByLearnerIdAndUnitIdAndActivityId(long learnerId, String unitId, String activityId);

    List<ActivityAnswer> findByLearnerIdAndUnitId(long learnerId, String unitId);
}
