package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.manabiba.i18n.ProgrammeZone;

/** A child's side of tutoring: today's session, joining it, and raising a hand. Only sessions they are enrolled in. */
@Service
@RolesAllowed(Roles.LEARNER)
public class LearnerSessions {

    private final TutoringSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final HelpRequestRepository help;
    private final SessionPlanRepository plans;
    private final Participants participants;
    private final TutoringAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerSessions(TutoringSessionRepository sessions, AttendanceRepository attendance, HelpRequestRepository help,
                    SessionPlanRepository plans, Participants participants, TutoringAccess access,
                    ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.help = help;
        this.plans = plans;
        this.participants = participants;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The child's session today (Asia/Tokyo): the one running, else the next one today, else the last one today
     * that is over, so that the card can say it is over (and show the tutor's note) instead of a dead button.
     */
    @Transactional(readOnly = true)
    public Optional<TodaySession> today() {
        return participants.myLearnerId().flatMap(learner -> todays(learner, clock.instant())
                .map(session -> describe(session, learner, clock.instant())));
    }

    private Optional<TutoringSession> todays(long learner, Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        List<TutoringSession> ofToday = sessions.ofLearner(learner, today.atStartOfDay(ProgrammeZone.TOKYO).toInstant(),
                today.plusDays(1).atStartOfDay(ProgrammeZone.TOKYO).toInstant());
        return ofToday.stream().filter(s -> !s.overAt(now)).findFirst()
                .or(() -> ofToday.isEmpty() ? Optional.empty() : Optional.of(ofToday.getLast()));
    }

    /** Joins: records attendance (or check-in at a site) and, online, returns the meeting link to open. */
    @Transactional
    public Optional<String> join(long sessionId) {
        long learner = me();
        TutoringSession session = enrolled(sessionId, learner);
        if (!session.joinOpenAt(clock.instant())) {
            throw new InvalidInput("join", "join.error.not-open");
        }
        Attendance record = attendance.findBySessionIdAndLearnerId(sessionId, learner)
                .orElseGet(() -> attendance.save(new Attendance(sessionId, learner)));
        record.join(clock.instant());
        events.publishEvent(new SessionChanged(sessionId, learner));
        return Optional.ofNullable(session.place().meetingUrl());
    }

    /** Raises the child's hand; a hand already up stays up once. */
    @Transactional
    public void raiseHand(long sessionId) {
        long learner = me();
        enrolled(sessionId, learner);
        boolean joined = attendance.findBySessionIdAndLearnerId(sessionId, learner)
                .map(a -> a.state() == AttendanceState.JOINED).orElse(false);
        if (!joined) {
            throw new InvalidInput("hand", "join.error.join-first");
        }
        boolean alreadyUp = help.findBySessionIdAndLearnerIdOrderByRaisedAtDesc(sessionId, learner).stream()
                .anyMatch(HelpRequest::open);
        if (!alreadyUp) {
            help.save(new HelpRequest(sessionId, learner, clock.instant()));
        }
        events.publishEvent(new SessionChanged(sessionId, learner));
    }

    /** Lowers the child's own raised hand (they found the answer, or pressed it by mistake). */
    @Transactional
    public void lowerHand(long sessionId) {
        long learner = me();
        enrolled(sessionId, learner);
        help.findBySessionIdAndLearnerIdOrderByRaisedAtDesc(sessionId, learner).stream()
                .filter(HelpRequest::open)
                .forEach(h -> h.lower(clock.instant()));
        events.publishEvent(new SessionChanged(sessionId, learner));
    }

    /** The child's next sessions, without the one today's card already shows; cancelled ones keep their reason. */
    @Transactional(readOnly = true)
    public List<SessionRow> upcoming() {
        return participants.myLearnerId().map(learner -> {
            Instant now = clock.instant();
            Optional<Long> onCard = todays(learner, now).map(TutoringSession::id);
            return sessions.ofLearner(learner, now, now.plus(Duration.ofDays(60))).stream()
                    .filter(s -> onCard.isEmpty() || s.id() != onCard.get())
                    .filter(s -> !s.overAt(now))
                    .map(s -> new SessionRow(s.id(), s.title(), s.startsAt(), s.endsAt(), "", s.place().online(),
                            s.learnerIds().size(), s.capacity(), 0, s.cancelledReason(), s.endedAt() != null)).toList();
        }).orElse(List.of());
    }

    private TodaySession describe(TutoringSession session, long learner, Instant now) {
        Optional<Attendance> mine = attendance.findBySessionIdAndLearnerId(session.id(), learner);
        List<HelpRequest> hands = help.findBySessionIdAndLearnerIdOrderByRaisedAtDesc(session.id(), learner);
        TodaySession.HandState hand = hands.isEmpty() || hands.getFirst().lowered() ? TodaySession.HandState.DOWN
                : hands.getFirst().open() ? TodaySession.HandState.RAISED : TodaySession.HandState.ANSWERED;
        @Nullable String plan = plans.findById(new SessionPlan.Key(session.id(), learner)).map(SessionPlan::plan).orElse(null);
        @Nullable String site = session.place().siteId() == null ? null
                : participants.siteNames(List.of(session.place().siteId())).get(session.place().siteId());
        return new TodaySession(session.id(), learner, session.title(), session.startsAt(), session.endsAt(), site,
                session.place().online(), participants.supporterGivenNames(session.supporterIds()).values().stream().sorted().toList(),
                session.joinOpenAt(now), session.overAt(now), mine.map(Attendance::state).orElse(AttendanceState.NOT_YET),
                hand, plan, session.cancelledReason(), session.joinOpenAt(now) ? session.place().meetingUrl() : null);
    }

    private long me() {
        return access.myLearner();
    }

    private TutoringSession enrolled(long sessionId, long learner) {
        return access.enrolledSession(sessionId, learner);
    }
}
