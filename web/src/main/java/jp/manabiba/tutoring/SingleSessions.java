package jp.manabiba.tutoring;

import jp.manabiba.i18n.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Changes to one date of a series (or a single session) once planned: cancelling it with a reason the children see,
 * enrolling one more learner of its organisation. Open screens hear of each change. Runs inside
 * {@link Scheduling}'s transactions, which say who may call.
 */
@Component
class SingleSessions {

    private final TutoringAccess access;
    private final ApplicationEventPublisher events;

    SingleSessions(TutoringAccess access, ApplicationEventPublisher events) {
        this.access = access;
        this.events = events;
    }

    void cancel(long sessionId, String reason) {
        String checked = TextRules.line("reason", reason, TutoringSession.CANCELLED_REASON_MAX);
        access.managedSession(sessionId).cancel(checked);
        events.publishEvent(SessionChanged.whole(sessionId));
    }

    void enrol(long sessionId, long learnerId) {
        TutoringSession session = access.managedSession(sessionId);
        access.requireLearnerOf(learnerId, session.organisationId());
        session.enrol(learnerId);
        events.publishEvent(new SessionChanged(sessionId, learnerId));
        events.publishEvent(new LearnerEnrolled(sessionId, session.seriesId(), learnerId));
    }
}
