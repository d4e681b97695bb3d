package jp.manabiba.tutoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    List<HelpRequest> findBySessionIdOrderByRaisedAt(long sessionId);

    List<HelpRequest> findBySessionIdAndLearnerIdOrderByRaisedAtDesc(long sessionId, long learnerId);
}
