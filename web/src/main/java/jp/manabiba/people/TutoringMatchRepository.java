package jp.manabiba.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TutoringMatchRepository extends JpaRepository<TutoringMatch, Long> {

    List<TutoringMatch> findByLearnerIdOrderByStartsOnDesc(long learnerId);

    List<TutoringMatch> findBySupporterId(long supporterId);
}
