package jp.manabiba.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    Optional<QuizAttempt> findFirstBySupporterIdAndModuleIdOrderBySubmittedAtDescIdDesc(long supporterId, long moduleId);

    List<QuizAttempt> findBySupporterIdAndModuleIdOrderByIdAsc(long supporterId, long moduleId);
}
