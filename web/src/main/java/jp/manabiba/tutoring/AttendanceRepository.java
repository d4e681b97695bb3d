package jp.manabiba.tutoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    Optional<Attendance> findBySessionIdAndLearnerId(long sessionId, long learnerId);

    List<Attendance> findBySessionId(long sessionId);
}
