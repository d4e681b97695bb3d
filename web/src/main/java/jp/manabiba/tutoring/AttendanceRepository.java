package jp.manabiba.tutoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    Optional<Attendance> findBySessionIdAndLearnerId(long sessionId, long learnerId);

    List<Attendance> findBySessionId(long sessionId);

    /** Children who came, per session: [sessionId, count], one query for a whole list. */
    @Query("""
            select a.sessionId, count(a) from Attendance a
            where a.sessionId in :sessionIds and a.state in (jp.manabiba.tutoring.AttendanceState.JOINED,
                  jp.manabiba.tutoring.AttendanceState.CHECKED_OUT, jp.manabiba.tutoring.AttendanceState.LATE)
            group by a.sessionId""")
    List<Object[]> attendedPerSession(Collection<Long> sessionIds);
}
