package jp.manabiba.tutoring;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One session's children, for features that show their own records per child of a session (the board's extra
 * columns, the child's session card). Like {@link SeriesEnrolment} it answers only about a session the caller
 * runs (one of its tutors, or a coordinator of its organisation) or, for a child, one they are enrolled in, and as
 * if it did not exist otherwise: the asking feature makes (and audits) its own refusal.
 */
@Service
public class SessionEnrolment {

    private final TutoringSessionRepository sessions;
    private final Participants participants;

    SessionEnrolment(TutoringSessionRepository sessions, Participants participants) {
        this.sessions = sessions;
        this.participants = participants;
    }

    /** A session the caller tutors or whose organisation they coordinate (an administrator: any), with its children. */
    @RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<EnrolledSession> runByMe(long sessionId) {
        return sessions.findById(sessionId).filter(s -> participants.managedOrganisations().contains(s.organisationId())
                        || participants.mySupporterId().map(s::tutoredBy).orElse(false))
                .map(s -> enrolled(s, s.learnerIds()));
    }

    /** A session the signed-in child is enrolled in; its children are the child alone. */
    @RolesAllowed(Roles.LEARNER)
    @Transactional(readOnly = true)
    public Optional<EnrolledSession> mine(long sessionId) {
        return participants.myLearnerId().flatMap(me -> sessions.findById(sessionId).filter(s -> s.enrolled(me))
                .map(s -> enrolled(s, Set.of(me))));
    }

    private static EnrolledSession enrolled(TutoringSession session, Set<Long> learners) {
        return new EnrolledSession(session.id(), session.seriesId(), session.organisationId(), session.startsAt(),
                session.endsAt(), Set.copyOf(learners));
    }
}
