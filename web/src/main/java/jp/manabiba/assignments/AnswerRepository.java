package jp.manabiba.assignments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findBySubmissionId(long submissionId);

    Optional<Answer> findBySubmissionIdAndQuestionId(long submissionId, long questionId);
}
