package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.people.Participants;
import jp.manabiba.people.SiteOption;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator records a session that was already held: one run on paper before the organisation joined the
 * platform, or a drop-in its tutor forgot to open on the board. It writes exactly what a live session leaves
 * behind (the session with its children and supporters, the children who came joined at its start, then closed by
 * {@link SessionClosing} at its end: minutes for those who came, absent for the others), so every figure counts it
 * like a live one.
 * <p>
 * Only a coordinator of the session's organisation, for its own site, supporters and children; only a session
 * whose end has passed (the board is for the ones to come). Training readiness is not asked: this is a record of
 * what happened, not leave to stand in front of children. A supporter already in another session then is refused,
 * as the planner refuses it.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class HeldSessionRecords {

    static final String SCREEN = "held-session";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final TutoringSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final SessionClosing closing;
    private final Participants participants;
    private final TutoringAccess access;
    private final AuditLog audit;
    private final Clock clock;

    HeldSessionRecords(TutoringSessionRepository sessions, AttendanceRepository attendance, SessionClosing closing,
                       Participants participants, TutoringAccess access, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.closing = closing;
        this.participants = participants;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the held session whole (or nothing, when a rule is broken); returns its id. */
    @Transactional
    public long record(PastSession held) {
        access.requireCoordinatorOf(held.organisationId());
        held.supporterIds().forEach(supporter -> access.requireSupporterOf(supporter, held.organisationId()));
        Set<Long> children = new HashSet<>(held.attended());
        children.addAll(held.absent());
        children.forEach(learner -> access.requireLearnerOf(learner, held.organisationId()));

        String title = TextRules.line("title", held.title(), PlanRules.TITLE_MAX);
        Place place = checkedPlace(held);
        Instant start = checkedStart(held);
        Instant end = start.plus(Duration.ofMinutes(held.minutes()));
        if (end.isAfter(clock.instant())) {
            throw new InvalidInput("heldOn", "held-session.error.not-over");
        }
        checkPeople(held, children, start, end);

        TutoringSession session = new TutoringSession(null, held.organisationId(), title, place, start, end,
                children.size());
        children.forEach(session::enrol);
        held.supporterIds().forEach(session::assign);
        sessions.save(session);
        for (long learner : held.attended()) {
            Attendance came = new Attendance(session.id(), learner);
            came.join(start); // by the register's word, from the start, as a tutor's correction counts it
            attendance.save(came);
        }
        closing.close(session, end);
        audit.record(AuditAction.CREATE, "session", session.id(), SCREEN);
        return session.id();
    }

    private Place checkedPlace(PastSession held) {
        Place place = held.place();
        if (place == null) {
            throw new InvalidInput("place", "validation.required");
        }
        if (place.siteId() != null && participants.sitesOf(List.of(held.organisationId())).stream()
                .map(SiteOption::id).noneMatch(place.siteId()::equals)) {
            throw new InvalidInput("place", "held-session.error.site");
        }
        return place;
    }

    private static Instant checkedStart(PastSession held) {
        LocalDate day = held.heldOn();
        if (day == null) {
            throw new InvalidInput("heldOn", "validation.required");
        }
        if (held.startTime() == null) {
            throw new InvalidInput("startTime", "validation.required");
        }
        if (held.minutes() < 1 || held.minutes() > PastSession.MAX_MINUTES) {
            throw new InvalidInput("minutes", "held-session.error.minutes", 1, PastSession.MAX_MINUTES);
        }
        return day.atTime(held.startTime()).atZone(ProgrammeZone.TOKYO).toInstant();
    }

    private void checkPeople(PastSession held, Set<Long> children, Instant start, Instant end) {
        if (held.supporterIds().isEmpty()) {
            throw new InvalidInput("supporters", "validation.required");
        }
        if (children.isEmpty()) {
            throw new InvalidInput("attended", "validation.required");
        }
        if (children.size() < held.attended().size() + held.absent().size()) {
            throw new InvalidInput("absent", "held-session.error.both");
        }
        if (children.size() > PlanRules.MAX_CAPACITY) {
            throw new InvalidInput("attended", "session.error.capacity-range", 1, PlanRules.MAX_CAPACITY);
        }
        for (long supporter : held.supporterIds()) {
            sessions.ofSupporter(supporter, start, end).stream().filter(s -> s.overlaps(start, end)).findFirst()
                    .ifPresent(busy -> {
                        throw new InvalidInput("supporters", "session.error.overlap",
                                DATE.format(start.atZone(ProgrammeZone.TOKYO)));
                    });
        }
    }
}
