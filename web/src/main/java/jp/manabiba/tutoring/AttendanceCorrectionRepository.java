package jp.manabiba.tutoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceCorrectionRepository extends JpaRepository<AttendanceCorrection, Long> {
}
