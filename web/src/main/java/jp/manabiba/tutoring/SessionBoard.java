package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.people.Participants;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tutor's side of a session: the live board, answering hands, each child's plan and private note,
 * correcting attendance (with a reason, without losing another tutor's change), and ending the session, which
 * makes attendance final. Only the tutors and volunteers of the session, and its organisation's coordinators.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN})
public class SessionBoard {

    private final TutoringSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final AttendanceCorrectionRepository corrections;
    private final HelpRequestRepository help;
    private final SessionPlanRepository plans;
    private final SessionRows rows;
    private final SessionClosing closing;
    private final Participants participants;
    private final TutoringAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionBoard(TutoringSessionRepository sessions, AttendanceRepository attendance,
                 AttendanceCorrectionRepository corrections, HelpRequestRepository help, SessionPlanRepository plans,
                 SessionRows rows, SessionClosing closing, Participants participants, TutoringAccess access,
                 CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.sessions = sessions;
        this.attendance = attendance;
        this.corrections = corrections;
        this.help = help;
        this.plans = plans;
        this.rows = rows;
        this.closing = closing;
        this.participants = participants;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BoardState board(long sessionId) {
        TutoringSession session = run(sessionId);
        Map<Long, String> names = participants.learnerNames(session.learnerIds());
        Map<Long, Attendance> present = attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::learnerId, Function.identity()));
        Map<Long, SessionPlan> planned = plans.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(SessionPlan::learnerId, Function.identity()));
        List<BoardState.Child> children = session.learnerIds().stream().map(id -> {
            Attendance a = present.get(id);
            SessionPlan p = planned.get(id);
            return new BoardState.Child(id, names.getOrDefault(id, ""), a == null ? AttendanceState.NOT_YET : a.state(),
                    a == null ? -1 : a.version(), a == null ? null : a.firstJoinedAt(), a == null ? null : a.minutes(),
                    p == null ? null : p.plan(), p == null ? null : p.privateNote());
        }).sorted(Comparator.comparing(BoardState.Child::name)).toList();
        List<BoardState.Hand> hands = help.findBySessionIdOrderByRaisedAt(sessionId).stream()
                .filter(HelpRequest::open)
                .map(h -> new BoardState.Hand(h.id(), h.learnerId(), names.getOrDefault(h.learnerId(), ""), h.raisedAt()))
                .toList();
        return new BoardState(sessionId, session.title(), session.startsAt(), session.endsAt(), session.endedAt() != null,
                session.cancelledReason(), children, hands);
    }

    @Transactional
    public void answer(long sessionId, long helpId) {
        run(sessionId);
        help.findById(helpId).filter(h -> h.sessionId() == sessionId).ifPresent(h -> {
            h.answer(clock.instant());
            events.publishEvent(new SessionChanged(sessionId, h.learnerId()));
        });
    }

    @Transactional
    public void writePlan(long sessionId, long learnerId, @Nullable String plan, @Nullable String privateNote) {
        TutoringSession session = run(sessionId);
        TutoringAccess.requireEnrolled(session, learnerId);
        String forChild = TextRules.optionalText("plan", plan, SessionPlan.PLAN_MAX);
        String forTutors = TextRules.optionalText("privateNote", privateNote, SessionPlan.NOTE_MAX);
        plans.findById(new SessionPlan.Key(sessionId, learnerId))
                .orElseGet(() -> plans.save(new SessionPlan(sessionId, learnerId)))
                .write(forChild, forTutors);
        events.publishEvent(new SessionChanged(sessionId, learnerId));
    }

    /**
     * Corrects a child's attendance. {@code expectedVersion} is the version the tutor saw: if another tutor
     * changed it since, nothing is changed and the refusal says what it is now.
     */
    @Transactional
    public void correct(long sessionId, long learnerId, long expectedVersion, AttendanceState to, String reason) {
        TutoringSession session = run(sessionId);
        TutoringAccess.requireEnrolled(session, learnerId);
        if (reason.isBlank()) {
            throw new InvalidInput("reason", "attendance.error.reason");
        }
        String why = TextRules.line("reason", reason, AttendanceCorrection.REASON_MAX);
        // -1 stands for "no attendance yet": a row someone else created since is a change too
        Attendance record = attendance.findBySessionIdAndLearnerId(sessionId, learnerId).orElse(null);
        long current = record == null ? -1 : record.version();
        if (current != expectedVersion) {
            throw new InvalidInput("state", "attendance.error.changed-meanwhile",
                    record == null ? AttendanceState.NOT_YET.name() : record.state().name());
        }
        if (record == null) {
            record = attendance.save(new Attendance(sessionId, learnerId));
        }
        corrections.save(record.correct(to, why, currentUser.require().recordingAccountId(), clock.instant(),
                session.startsAt()));
        attendance.flush(); // the version moves now, so a concurrent correction fails on its own check
        audit.record(AuditAction.CHANGE, "attendance", record.id(), "session-board");
        events.publishEvent(new SessionChanged(sessionId, learnerId));
    }

    /** Ends the session: every child's attendance and minutes become final; children who never came are absent. */
    @Transactional
    public void end(long sessionId) {
        TutoringSession session = run(sessionId);
        closing.close(session, clock.instant().isBefore(session.endsAt()) ? clock.instant() : session.endsAt());
        audit.record(AuditAction.END, "session", sessionId, "session-board");
    }

    /** The sessions the signed-in tutor or volunteer runs in the coming weeks. */
    @Transactional(readOnly = true)
    public List<SessionRow> mySessions() {
        return participants.mySupporterId().map(me -> rows.of(sessions.ofSupporter(me, clock.instant().minus(Duration.ofHours(12)),
                clock.instant().plus(Duration.ofDays(60))))).orElse(List.of());
    }

    private TutoringSession run(long sessionId) {
        return access.runnableSession(sessionId);
    }
}
