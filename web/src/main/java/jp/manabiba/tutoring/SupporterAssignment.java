package jp.manabiba.tutoring;

import jp.manabiba.i18n.ProgrammeZone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adds a tutor or volunteer to one planned session: one of the session's organisation, ready to be in front of
 * children, and not running another session at that time. Runs inside {@link Scheduling#assign}'s transaction.
 */
@Component
class SupporterAssignment {

    private final TutoringSessionRepository sessions;
    private final TutoringAccess access;
    private final ApplicationEventPublisher events;

    SupporterAssignment(TutoringSessionRepository sessions, TutoringAccess access, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.access = access;
        this.events = events;
    }

    void assign(long sessionId, long supporterId) {
        TutoringSession session = access.managedSession(sessionId);
        access.requireSupporterOf(supporterId, session.organisationId());
        access.requireReady(supporterId, "supporter");
        sessions.ofSupporter(supporterId, session.startsAt(), session.endsAt()).stream()
                .filter(other -> other.id() != sessionId).findFirst().ifPresent(busy -> {
                    throw Overlaps.busyOn("supporter", busy.startsAt().atZone(ProgrammeZone.TOKYO).toLocalDate());
                });
        session.assign(supporterId);
        events.publishEvent(SessionChanged.whole(sessionId));
    }
}
