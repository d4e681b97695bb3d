package jp.manabiba.tutoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.manabiba.people.Participants;
import org.springframework.stereotype.Component;

/** Turns sessions into rows, with site names and attendance counts fetched once for the whole list. */
@Component
class SessionRows {

    private final Participants participants;
    private final AttendanceRepository attendance;

    SessionRows(Participants participants, AttendanceRepository attendance) {
        this.participants = participants;
        this.attendance = attendance;
    }

    List<SessionRow> of(Collection<TutoringSession> sessions) {
        Map<Long, String> sites = participants.siteNames(sessions.stream().map(s -> s.place().siteId())
                .filter(Objects::nonNull).distinct().toList());
        return sessions.stream().map(s -> new SessionRow(s.id(), s.title(), s.startsAt(), s.endsAt(),
                s.place().online() ? "" : sites.getOrDefault(s.place().siteId(), ""), s.place().online(),
                s.learnerIds().size(), s.capacity(), attended(s), s.cancelledReason(), s.endedAt() != null)).toList();
    }

    private int attended(TutoringSession session) {
        return (int) attendance.findBySessionId(session.id()).stream()
                .filter(a -> a.state() == AttendanceState.JOINED || a.state() == AttendanceState.CHECKED_OUT).count();
    }
}
