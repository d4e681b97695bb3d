package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;

import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.Participants;
import jp.manabiba.people.PupilRow;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.tutoring.EnrolledSession;
import jp.manabiba.tutoring.SeriesEnrolment;
import jp.manabiba.tutoring.SessionEnrolment;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with assignments, in one place the assignment services ask. A child reaches only their own
 * work; an assignment belongs to its author and the coordinators of its organisation; a tutor or volunteer also
 * reviews the work of the children they are matched with; a teacher sees the work of their consented pupils only.
 * Every refusal is the same whether the record is someone else's or does not exist, and each is written to the
 * audit log (a foreign id in a request is a tampered screen, or a bug, and worth seeing).
 */
@Component
class AssignmentsAccess {

    static final String REFUSED = "Not permitted";
    static final String SCREEN = "assignments";

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final Participants participants;
    private final MyLearners myLearners;
    private final MyPupils myPupils;
    private final SeriesEnrolment seriesEnrolment;
    private final SessionEnrolment sessionEnrolment;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AssignmentsAccess(AssignmentRepository assignments, SubmissionRepository submissions, Participants participants,
                      MyLearners myLearners, MyPupils myPupils, SeriesEnrolment seriesEnrolment,
                      SessionEnrolment sessionEnrolment,
                      CurrentUser currentUser,
                      AuditLog audit) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.participants = participants;
        this.myLearners = myLearners;
        this.myPupils = myPupils;
        this.seriesEnrolment = seriesEnrolment;
        this.sessionEnrolment = sessionEnrolment;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // --- the child

    long myLearner() {
        return participants.myLearnerId().orElseThrow(() -> refused("learner", 0));
    }

    /** The signed-in child's own piece of work, locked for a change when {@code lock}. */
    Submission ownSubmission(long submissionId, boolean lock) {
        long me = myLearner();
        return (lock ? submissions.lockById(submissionId) : submissions.findById(submissionId))
                .filter(s -> s.learnerId() == me).orElseThrow(() -> refused("submission", submissionId));
    }

    /** The question, if it is one of this assignment's. */
    Question questionOf(Assignment assignment, long questionId) {
        return assignment.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> refused("question", questionId));
    }

    /** Choices must be the question's own, and one at most for a single choice. */
    void requireChoices(Question question, Set<Long> choiceIds) {
        for (long choice : choiceIds) {
            if (question.choice(choice).isEmpty()) {
                throw refused("choice", choice);
            }
        }
        if (!choiceIds.isEmpty() && !question.kind().choices()
                || choiceIds.size() > 1 && question.kind() == QuestionKind.SINGLE_CHOICE) {
            throw refused("question", question.id());
        }
    }

    /** Handed in or done: the child's screen is read-only, so a change now comes from a stale tab or a tampered one. */
    InvalidInput closed(Submission submission) {
        audit.recordRefusal("submission", submission.id(), SCREEN);
        return new InvalidInput("answer", "assignment.error.closed");
    }

    // --- the staff

    /** An assignment the caller may change: their own, or of an organisation they coordinate. */
    Assignment authored(long assignmentId) {
        return assignments.findById(assignmentId).filter(this::mayEdit)
                .orElseThrow(() -> refused("assignment", assignmentId));
    }

    /** An assignment the caller may read: as above, or given to a child they tutor or teach. */
    Assignment readable(long assignmentId) {
        return assignments.findById(assignmentId)
                .filter(a -> mayEdit(a) || reachesAny(submissions.learnersOf(a.id())) || reachesAny(a.learnerIds()))
                .orElseThrow(() -> refused("assignment", assignmentId));
    }

    /** A piece of work the caller may review (locked when {@code lock}): of work they may change, or of a child they tutor. */
    Submission reviewable(long submissionId, boolean lock) {
        Submission submission = (lock ? submissions.lockById(submissionId) : submissions.findById(submissionId))
                .orElseThrow(() -> refused("submission", submissionId));
        boolean ok = assignments.findById(submission.assignmentId()).map(this::mayEdit).orElse(false)
                || matchedLearners().contains(submission.learnerId());
        if (!ok) {
            throw refused("submission", submissionId);
        }
        return submission;
    }

    /**
     * The organisation new work belongs to: a coordinator's chosen one (or their only one), a tutor's or
     * volunteer's own, none for a teacher.
     */
    @Nullable Long organisationFor(@Nullable Long requested) {
        AccountPrincipal user = currentUser.require();
        List<Long> managed = participants.managedOrganisations();
        if (user.hasRole(Role.COORDINATOR) && !managed.isEmpty()) {
            if (requested == null && managed.size() == 1) {
                return managed.getFirst();
            }
            if (requested != null && managed.contains(requested)) {
                return requested;
            }
            if (requested == null) {
                throw new InvalidInput("organisationId", "validation.required");
            }
        }
        if (user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)) {
            Long own = participants.mySupporterId().flatMap(participants::organisationOfSupporter).orElse(null);
            if (own != null && (requested == null || requested.equals(own))) {
                return own;
            }
        }
        if (user.hasRole(Role.TEACHER) && requested == null) {
            return null;
        }
        throw refused("organisation", requested == null ? 0 : requested);
    }

    /**
     * Recipients the caller may give work to: learners of the work's organisation they coordinate or are matched
     * with, a teacher's consented pupils; series of that organisation that they coordinate or tutor.
     */
    void requireRecipients(@Nullable Long organisationId, Set<Long> learnerIds, Set<Long> seriesIds) {
        boolean coordinates = organisationId != null && participants.managedOrganisations().contains(organisationId);
        Set<Long> matched = matchedLearners();
        Set<Long> pupils = organisationId == null ? consentedPupils() : Set.of();
        for (long learner : learnerIds) {
            boolean ok = organisationId == null ? pupils.contains(learner)
                    : participants.organisationOfLearner(learner).map(organisationId::equals).orElse(false)
                    && (coordinates || matched.contains(learner));
            if (!ok) {
                throw refused("learner", learner);
            }
        }
        for (long series : seriesIds) {
            // tutoring answers only for a series of an organisation the caller coordinates or one they tutor
            boolean ok = organisationId != null
                    && seriesEnrolment.organisationOfManagedSeries(series).map(organisationId::equals).orElse(false);
            if (!ok) {
                throw refused("series", series);
            }
        }
    }

    /** Refuses (audited) an organisation the caller does not coordinate, as if it did not exist. */
    void requireCoordinated(long organisationId) {
        if (!currentUser.require().hasRole(Role.COORDINATOR)
                || !participants.managedOrganisations().contains(organisationId)) {
            throw refused("organisation", organisationId);
        }
    }

    /** True when new work of the caller's may belong to this organisation (asks without refusing). */
    boolean worksIn(long organisationId) {
        if (participants.managedOrganisations().contains(organisationId)) {
            return true;
        }
        AccountPrincipal user = currentUser.require();
        return (user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)) && participants.mySupporterId()
                .flatMap(participants::organisationOfSupporter).map(own -> own == organisationId).orElse(false);
    }

    long me() {
        return currentUser.require().accountId();
    }

    List<Long> managedOrganisations() {
        return participants.managedOrganisations();
    }

    Set<Long> matchedLearners() {
        AccountPrincipal user = currentUser.require();
        return user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER) ? myLearners.matchedLearnerIds() : Set.of();
    }

    Set<Long> consentedPupils() {
        return currentUser.require().hasRole(Role.TEACHER) ? myPupils.pupilIds() : Set.of();
    }

    /** A session the caller runs (one of its tutors) or whose organisation they coordinate. */
    EnrolledSession requireSessionRun(long sessionId) {
        return sessionEnrolment.runByMe(sessionId).orElseThrow(() -> refused("session", sessionId));
    }

    /** A session the signed-in child is enrolled in (to them, its only child is themselves). */
    EnrolledSession mySession(long sessionId) {
        return sessionEnrolment.mine(sessionId).orElseThrow(() -> refused("session", sessionId));
    }

    /** The series the signed-in child is enrolled in. */
    Set<Long> mySeries() {
        return seriesEnrolment.mySeries();
    }

    /**
     * The children of a series the caller coordinates or tutors (none for any other, nor for a teacher, who runs
     * no series): the review queue's filter.
     */
    Set<Long> learnersOfSeries(long seriesId) {
        AccountPrincipal user = currentUser.require();
        boolean staff = user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN) || user.hasRole(Role.TUTOR)
                || user.hasRole(Role.VOLUNTEER);
        return staff ? Set.copyOf(seriesEnrolment.learnersOf(seriesId)) : Set.of();
    }

    /** A learner the teacher may see results of. */
    void requirePupil(long learnerId) {
        if (!consentedPupils().contains(learnerId)) {
            throw refused("learner", learnerId);
        }
    }

    /** Names of children the caller may see: of their organisations, or a teacher's consented pupils. */
    java.util.Map<Long, String> learnerNames(java.util.Collection<Long> learnerIds) {
        AccountPrincipal user = currentUser.require();
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)
                || user.hasRole(Role.ADMIN)) {
            return participants.learnerNames(learnerIds);
        }
        if (user.hasRole(Role.TEACHER)) {
            return myPupils.list().stream().filter(p -> learnerIds.contains(p.id()))
                    .collect(java.util.stream.Collectors.toMap(PupilRow::id, PupilRow::fullName));
        }
        return java.util.Map.of();
    }

    boolean mayEdit(Assignment assignment) {
        return assignment.authorAccountId() == me()
                || assignment.organisationId() != null && participants.managedOrganisations().contains(assignment.organisationId());
    }

    private boolean reachesAny(java.util.Collection<Long> learners) {
        if (learners.isEmpty()) {
            return false;
        }
        Set<Long> matched = matchedLearners();
        Set<Long> pupils = consentedPupils();
        return learners.stream().anyMatch(l -> matched.contains(l) || pupils.contains(l));
    }

    /** A refusal, written to the audit log in a transaction of its own (the caller's is rolled back). */
    /** The records behind an organisation's outcome figures: its own coordinators only, never an administrator. */
    void requireCoordinatesOnly(long organisationId) {
        if (!participants.coordinatesOnly(organisationId)) {
            throw refused("organisation", organisationId);
        }
    }

    AccessDeniedException refused(String recordType, long recordId) {
        audit.recordRefusal(recordType, recordId, SCREEN);
        return new AccessDeniedException(REFUSED);
    }
}
