package jp.manabiba.tutoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Participants;
import jp.manabiba.training.Readiness;
import org.springframework.stereotype.Component;

/** Turns sessions into rows, with site names, enrolment and attendance counts fetched once for the whole list. */
@Component
class SessionRows {

    private final Participants participants;
    private final AttendanceRepository attendance;
    private final TutoringSessionRepository sessions;
    private final Readiness readiness;

    SessionRows(Participants participants, AttendanceRepository attendance, TutoringSessionRepository sessions,
                Readiness readiness) {
        this.participants = participants;
        this.attendance = attendance;
        this.sessions = sessions;
        this.readiness = readiness;
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

    /**
     * Rows for the coordinator's list, each flagged when one of its supporters will not be ready on its day (two
     * more queries: the sessions' supporters, their readiness). Cancelled and closed sessions need no flag.
     */
    List<SessionRow> withTrainingFlags(Collection<TutoringSession> list) {
        List<SessionRow> rows = of(list);
        if (list.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> supportersOf = new HashMap<>();
        sessions.supportersPerSession(list.stream().map(TutoringSession::id).toList()).forEach(row ->
                supportersOf.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((Long) row[1]));
        Map<Long, LocalDate> notReadyFrom = readiness.notReadyFrom(
                supportersOf.values().stream().flatMap(List::stream).distinct().toList());
        return rows.stream().map(row -> {
            LocalDate day = row.startsAt().atZone(ProgrammeZone.TOKYO).toLocalDate();
            boolean affected = row.cancelledReason() == null && !row.ended() && supportersOf.getOrDefault(row.id(), List.of())
                    .stream().map(notReadyFrom::get).anyMatch(from -> from != null && !from.isAfter(day));
            return affected ? row.flagged() : row;
        }).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
