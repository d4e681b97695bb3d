package jp.manabiba.assignments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findBySubmissionIdOrderByAttemptAsc(long submissionId);
}
