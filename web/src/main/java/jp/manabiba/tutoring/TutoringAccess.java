package jp.manabiba.tutoring;

import java.util.List;

import jp.manabiba.people.MyLearners;
import jp.manabiba.people.Participants;
import jp.manabiba.training.Readiness;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with tutoring sessions, in one place that the tutoring services ask: a session belongs to the
 * coordinators of its organisation and to the tutors and volunteers who run it; a child reaches only the sessions
 * they are enrolled in. Every refusal is the same, whether the session is someone else's or does not exist.
 */
@Component
class TutoringAccess {

    static final String REFUSED = "Not permitted";

    private final TutoringSessionRepository sessions;
    private final Participants participants;
    private final MyLearners myLearners;
    private final Readiness readiness;

    TutoringAccess(TutoringSessionRepository sessions, Participants participants, MyLearners myLearners,
                   Readiness readiness) {
        this.sessions = sessions;
        this.participants = participants;
        this.myLearners = myLearners;
        this.readiness = readiness;
    }

    /**
     * A session the caller may run on its board: as {@link #managedSession}, and a tutor or volunteer only while
     * their training needed before children is done and valid today (the refusal names what is missing).
     */
    TutoringSession runnableSession(long sessionId) {
        TutoringSession session = managedSession(sessionId);
        if (!participants.managedOrganisations().contains(session.organisationId())) {
            participants.mySupporterId().ifPresent(me -> readiness.requireReadyToday(me, "board"));
        }
        return session;
    }

    /** Refuses a supporter who may not be in front of children today, naming what is missing. */
    void requireReady(long supporterId, String field) {
        readiness.requireReadyToday(supporterId, field);
    }

    /** A session the caller may run or change: of an organisation they coordinate, or one they tutor. */
    TutoringSession managedSession(long sessionId) {
        TutoringSession session = sessions.findById(sessionId).orElseThrow(TutoringAccess::refused);
        boolean coordinates = participants.managedOrganisations().contains(session.organisationId());
        if (!coordinates && !participants.mySupporterId().map(session::tutoredBy).orElse(false)) {
            throw refused();
        }
        return session;
    }

    /**
     * A plan the caller may make: in an organisation they coordinate, or (a tutor or volunteer) in their own
     * organisation, run by themselves alone, for children they are matched with. Its children and tutors are of
     * the plan's organisation.
     */
    void requirePlanAllowed(SeriesPlan plan) {
        if (!participants.managedOrganisations().contains(plan.organisationId())) {
            requireOwnPlan(plan);
        }
        plan.learnerIds().forEach(learner -> requireLearnerOf(learner, plan.organisationId()));
        plan.supporterIds().forEach(supporter -> requireSupporterOf(supporter, plan.organisationId()));
    }

    /** Only someone who coordinates that organisation (an administrator coordinates every one). */
    void requireCoordinatorOf(long organisationId) {
        if (!participants.managedOrganisations().contains(organisationId)) {
            throw refused();
        }
    }

    void requireLearnerOf(long learnerId, long organisationId) {
        if (participants.organisationOfLearner(learnerId).orElse(-1L) != organisationId) {
            throw refused();
        }
    }

    void requireSupporterOf(long supporterId, long organisationId) {
        if (participants.organisationOfSupporter(supporterId).orElse(-1L) != organisationId) {
            throw refused();
        }
    }

    static void requireEnrolled(TutoringSession session, long learnerId) {
        if (!session.enrolled(learnerId)) {
            throw refused();
        }
    }

    /** The signed-in child's learner id. */
    long myLearner() {
        return participants.myLearnerId().orElseThrow(TutoringAccess::refused);
    }

    /** A session the signed-in child is enrolled in. */
    TutoringSession enrolledSession(long sessionId, long learner) {
        return sessions.findById(sessionId).filter(s -> s.enrolled(learner)).orElseThrow(TutoringAccess::refused);
    }

    private void requireOwnPlan(SeriesPlan plan) {
        long me = participants.mySupporterId().orElseThrow(TutoringAccess::refused);
        if (participants.organisationOfSupporter(me).orElse(-1L) != plan.organisationId()
                || !plan.supporterIds().equals(List.of(me))) {
            throw refused();
        }
        if (!myLearners.matchedLearnerIds().containsAll(plan.learnerIds())) {
            throw refused();
        }
    }

    /** The records behind an organisation's outcome figures: its own coordinators only, never an administrator. */
    void requireCoordinatesOnly(long organisationId) {
        if (!participants.coordinatesOnly(organisationId)) {
            throw refused();
        }
    }

    static AccessDeniedException refused() {
        return new AccessDeniedException(REFUSED);
    }
}
