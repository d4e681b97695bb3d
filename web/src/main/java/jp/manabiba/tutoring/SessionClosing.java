package jp.manabiba.tutoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import jp.manabiba.i18n.ProgrammeZone;

/**
 * Makes a session's attendance final: children who never joined are absent, the others get their minutes, late
 * or on time. A tutor does it with "セッションを終える"; otherwise a scheduled job does it at the end time, so
 * attendance never waits for someone to remember.
 * <p>
 * Safe on several nodes twice over: ShedLock lets one node at a time run the job, and closing claims the session
 * through its version, so a tutor ending it at the same moment (or a second node) makes one of the two fail and
 * roll back, never close it twice. Closing a closed session does nothing, so running again is harmless.
 */
@Component
public class SessionClosing {

    private static final Logger log = LoggerFactory.getLogger(SessionClosing.class);
    private static final String LOCK = "close-ended-sessions";

    private final TutoringSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    SessionClosing(TutoringSessionRepository sessions, AttendanceRepository attendance, ApplicationEventPublisher events,
                   TransactionTemplate transactions, LockingTaskExecutor locks, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.events = events;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    /** Every minute by default; tests switch the schedule off ("-") and call {@link #closeEnded()} themselves. */
    @Scheduled(cron = "${manabiba.sessions.close-cron:0 * * * * *}", zone = ProgrammeZone.ID)
    public void closeEndedOnOneNode() {
        // held at most 5 minutes should a node die while closing; released as soon as the run is over
        locks.executeWithLock((Runnable) this::closeEnded,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(5), Duration.ZERO));
    }

    /** Closes every session whose end has passed and that nobody closed, each in a transaction of its own. */
    public int closeEnded() {
        Instant now = clock.instant();
        int closed = 0;
        for (long id : sessions.openEndedBy(now)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status ->
                        sessions.findById(id).map(session -> close(session, session.endsAt())).orElse(false)))) {
                    closed++;
                }
            } catch (ConcurrencyFailureException | DataIntegrityViolationException closedMeanwhile) {
                log.debug("Session {} was closed by someone else meanwhile", id);
            }
        }
        return closed;
    }

    /** In the caller's transaction; false (and nothing changed) when the session was closed already. */
    boolean close(TutoringSession session, Instant at) {
        if (session.endedAt() != null) {
            return false;
        }
        session.end(at);
        for (long learner : session.learnerIds()) {
            attendance.findBySessionIdAndLearnerId(session.id(), learner)
                    .orElseGet(() -> attendance.save(new Attendance(session.id(), learner)))
                    .close(session.startsAt(), at, session.lateAfter());
        }
        sessions.saveAndFlush(session); // the version moves now: a concurrent close fails here, not silently
        events.publishEvent(SessionChanged.whole(session.id()));
        return true;
    }
}
