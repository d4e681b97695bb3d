package jp.manabiba.tutoring;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Participants;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each child's attendance per month of a fiscal year, in the sessions of one organisation the caller coordinates,
 * in one query (a research export's dataset). A child came when they joined, checked out or came late, the same
 * rule as the tutor's board ({@code AttendanceRepository.attendedPerSession}). Not audited here: the caller is.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AttendanceByMonth {

    private static final Set<AttendanceState> CAME = EnumSet.of(AttendanceState.JOINED, AttendanceState.CHECKED_OUT,
            AttendanceState.LATE);

    private final TutoringSessionRepository sessions;
    private final Participants participants;

    AttendanceByMonth(TutoringSessionRepository sessions, Participants participants) {
        this.sessions = sessions;
        this.participants = participants;
    }

    @Transactional(readOnly = true)
    public List<MonthlyAttendance> of(long organisationId, Collection<Long> learnerIds, FiscalYear year) {
        if (!participants.managedOrganisations().contains(organisationId)) {
            throw TutoringAccess.refused();
        }
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<YearMonth, int[]>> counts = new TreeMap<>();
        for (Object[] row : sessions.heldFor(organisationId, learnerIds, start(year), start(new FiscalYear(year.year() + 1)))) {
            YearMonth month = YearMonth.from(((Instant) row[1]).atZone(ProgrammeZone.TOKYO));
            int[] heldAndCame = counts.computeIfAbsent((Long) row[0], l -> new TreeMap<>()).computeIfAbsent(month, m -> new int[2]);
            heldAndCame[0]++;
            if (row[2] != null && CAME.contains((AttendanceState) row[2])) {
                heldAndCame[1]++;
            }
        }
        return counts.entrySet().stream().flatMap(child -> child.getValue().entrySet().stream()
                .map(m -> new MonthlyAttendance(child.getKey(), m.getKey(), m.getValue()[0], m.getValue()[1]))).toList();
    }

    private static Instant start(FiscalYear year) {
        return year.firstDay().atStartOfDay(ProgrammeZone.TOKYO).toInstant();
    }
}
