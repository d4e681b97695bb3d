package jp.manabiba.tutoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.manabiba.people.Participants;
import org.springframework.stereotype.Component;

/** Turns sessions into rows, with site names, enrolment and attendance counts fetched once for the whole list. */
@Component
class SessionRows {

    private final Participants participants;
    private final AttendanceRepository attendance;
    private final TutoringSessionRepository sessions;

    SessionRows(Participants participants, AttendanceRepository attendance, TutoringSessionRepository sessions) {
        this.participants = participants;
        this.attendance = attendance;
        this.sessions = sessions;
    }

    /** Rows for a list, in four queries whatever its length: sessions, sites, enrolments, attendance. */
    List<SessionRow> of(Collection<TutoringSession> list) {
        Map<Long, String> sites = participants.siteNames(list.stream().map(s -> s.place().siteId())
                .filter(Objects::nonNull).distinct().toList());
        List<Long> ids = list.stream().map(TutoringSession::id).toList();
        Map<Long, Long> enrolled = counts(ids.isEmpty() ? List.of() : sessions.enrolledPerSession(ids));
        Map<Long, Long> attended = counts(ids.isEmpty() ? List.of() : attendance.attendedPerSession(ids));
        return list.stream().map(s -> new SessionRow(s.id(), s.title(), s.startsAt(), s.endsAt(),
                s.place().online() ? "" : sites.getOrDefault(s.place().siteId(), ""), s.place().online(),
                enrolled.getOrDefault(s.id(), 0L).intValue(), s.capacity(), attended.getOrDefault(s.id(), 0L).intValue(),
                s.cancelledReason(), s.endedAt() != null)).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
