package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.Participants;
import jp.manabiba.people.PupilRow;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance as others need it: a teacher's consented pupils per month and for the school year, and the
 * children a coordinator should reach out to because they missed their last three sessions.
 */
@Service
public class AttendanceReports {

    private final TutoringSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final Participants participants;
    private final MyPupils pupils;
    private final Clock clock;

    AttendanceReports(TutoringSessionRepository sessions, AttendanceRepository attendance, Participants participants,
                      MyPupils pupils, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.participants = participants;
        this.pupils = pupils;
        this.clock = clock;
    }

    /** Sessions attended per month of this school year, for each pupil the teacher may see. */
    @RolesAllowed(Roles.TEACHER)
    @Transactional(readOnly = true)
    public List<PupilAttendance> myPupils() {
        FiscalYear year = FiscalYear.of(LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)));
        List<PupilAttendance> rows = new ArrayList<>();
        for (PupilRow pupil : pupils.list()) {
            Map<YearMonth, Integer> perMonth = new TreeMap<>();
            int held = 0;
            for (TutoringSession session : endedSessionsOf(pupil.id(), year)) {
                held++;
                if (attended(session.id(), pupil.id())) {
                    perMonth.merge(YearMonth.from(session.startsAt().atZone(ProgrammeZone.TOKYO)), 1, Integer::sum);
                }
            }
            rows.add(new PupilAttendance(pupil.fullName(), perMonth, perMonth.values().stream().mapToInt(i -> i).sum(), held));
        }
        return rows;
    }

    /** Children of the coordinator's organisations whose last three ended sessions all passed without them. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> missedLastThree() {
        return List.copyOf(missedLastThreeByLearner().values());
    }

    /** The same children by learner id, sorted by name: the coordinator's home links each to the learner's page. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, String> missedLastThreeByLearner() {
        List<Long> organisations = participants.managedOrganisations();
        Map<Long, List<TutoringSession>> byLearner = new TreeMap<>();
        sessions.ofOrganisations(organisations, clock.instant().minus(java.time.Duration.ofDays(120)), clock.instant())
                .stream().filter(s -> s.endedAt() != null && s.cancelledReason() == null)
                .forEach(s -> s.learnerIds().forEach(l -> byLearner.computeIfAbsent(l, x -> new ArrayList<>()).add(s)));
        List<Long> missing = byLearner.entrySet().stream()
                .filter(e -> e.getValue().size() >= 3)
                .filter(e -> e.getValue().stream().sorted(Comparator.comparing(TutoringSession::startsAt).reversed()).limit(3)
                        .noneMatch(s -> attended(s.id(), e.getKey())))
                .map(Map.Entry::getKey).toList();
        Map<Long, String> sorted = new java.util.LinkedHashMap<>();
        participants.learnerNames(missing).entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private List<TutoringSession> endedSessionsOf(long learnerId, FiscalYear year) {
        return sessions.ofLearner(learnerId, year.firstDay().atStartOfDay(ProgrammeZone.TOKYO).toInstant(),
                year.lastDay().plusDays(1).atStartOfDay(ProgrammeZone.TOKYO).toInstant()).stream()
                .filter(s -> s.endedAt() != null && s.cancelledReason() == null).toList();
    }

    private boolean attended(long sessionId, long learnerId) {
        return attendance.findBySessionIdAndLearnerId(sessionId, learnerId)
                .map(a -> a.minutes() != null && a.minutes() > 0).orElse(false);
    }
}
