package jp.manabiba.tutoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionPlanRepository extends JpaRepository<SessionPlan, SessionPlan.Key> {

    List<SessionPlan> findBySessionId(long sessionId);
}
