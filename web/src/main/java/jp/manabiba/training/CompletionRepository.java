package jp.manabiba.training;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompletionRepository extends JpaRepository<Completion, Long> {

    List<Completion> findBySupporterIdOrderByCompletedOnDescIdDesc(long supporterId);
}
