package jp.manabiba.tutoring;

import java.time.Clock;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's side of tutoring: today's session, joining it, and raising a hand. Only sessions they are enrolled in. */
@Service
@RolesAllowed(Roles.LEARNER)
public class LearnerSessions {

    private final TutoringSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final HelpRequestRepository help;
    private final SessionPlanRepository plans;
    private final Participants participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerSessions(TutoringSessionRepository sessions, AttendanceRepository attendance, HelpRequestRepository help,
                    SessionPlanRepository plans, Participants participants, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.help = help;
        this.plans = plans;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /** The child's session today (Asia/Tokyo): the one running, else the next one today. */
    @Transactional(readOnly = true)
    public Optional<TodaySession> today() {
        Optional<Long> learner = participants.myLearnerId();
        if (learner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant endOfDay = LocalDate.now(clock.withZone(Scheduling.TOKYO)).plusDays(1).atStartOfDay(Scheduling.TOKYO).toInstant();
        return sessions.ofLearner(learner.get(), now, endOfDay).stream().findFirst()
                .map(session -> describe(session, learner.get(), now));
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
                .anyMatch(h -> h.answeredAt() == null);
        if (!alreadyUp) {
            help.save(new HelpRequest(sessionId, learner, clock.instant()));
        }
        events.publishEvent(new SessionChanged(sessionId, learner));
    }

    @Transactional(readOnly = true)
    public List<SessionRow> upcoming() {
        return participants.myLearnerId().map(learner -> sessions.ofLearner(learner, clock.instant(),
                clock.instant().plus(java.time.Duration.ofDays(60))).stream()
                .map(s -> new SessionRow(s.id(), s.title(), s.startsAt(), s.endsAt(), "", s.place().online(),
                        s.learnerIds().size(), s.capacity(), 0, s.cancelledReason(), s.endedAt() != null)).toList())
                .orElse(List.of());
    }

    private TodaySession describe(TutoringSession session, long learner, Instant now) {
        Optional<Attendance> mine = attendance.findBySessionIdAndLearnerId(session.id(), learner);
        List<HelpRequest> hands = help.findBySessionIdAndLearnerIdOrderByRaisedAtDesc(session.id(), learner);
        TodaySession.HandState hand = hands.isEmpty() ? TodaySession.HandState.DOWN
                : hands.getFirst().answeredAt() == null ? TodaySession.HandState.RAISED : TodaySession.HandState.ANSWERED;
        @Nullable String plan = plans.findById(new SessionPlan.Key(session.id(), learner)).map(SessionPlan::plan).orElse(null);
        @Nullable String site = session.place().siteId() == null ? null
                : participants.siteNames(List.of(session.place().siteId())).get(session.place().siteId());
        return new TodaySession(session.id(), learner, session.title(), session.startsAt(), session.endsAt(), site,
                session.place().online(), participants.supporterGivenNames(session.supporterIds()).values().stream().sorted().toList(),
                session.joinOpenAt(now), mine.map(Attendance::state).orElse(AttendanceState.NOT_YET), hand, plan,
                session.cancelledReason(), session.joinOpenAt(now) ? session.place().meetingUrl() : null);
    }

    private long me() {
        return participants.myLearnerId().orElseThrow(() -> new AccessDeniedException("Not permitted"));
    }

    private TutoringSession enrolled(long sessionId, long learner) {
        return sessions.findById(sessionId).filter(s -> s.enrolled(learner))
                .orElseThrow(() -> new AccessDeniedException("Not permitted"));
    }
}
