package jp.manabiba.learning;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.manabiba.people.ConsentedPupil;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.Participants;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.tutoring.EnrolledSession;
import jp.manabiba.tutoring.SeriesEnrolment;
import jp.manabiba.tutoring.SessionEnrolment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with units and children's work on them, in one place the learning services ask. A child reaches
 * only their own work (no service takes a child's id from a child: everything is keyed by the signed-in child)
 * and only units assigned to them or to a series they are enrolled in. A tutor or volunteer reaches the children
 * they are matched with today, a teacher the pupils whose household consented to sharing with the school, a
 * coordinator (an administrator) the children of the organisations they coordinate. Every refusal is the same,
 * for "not yours" and "does not exist", and is written to the audit log.
 */
@Component
class LearningAccess {

    static final String REFUSED = "Not permitted";

    private final CurrentUser currentUser;
    private final Participants participants;
    private final MyLearners myLearners;
    private final MyPupils myPupils;
    private final SeriesEnrolment seriesEnrolment;
    private final SessionEnrolment sessionEnrolment;
    private final RefusalAudit refusals;

    LearningAccess(CurrentUser currentUser, Participants participants, MyLearners myLearners, MyPupils myPupils,
                   SeriesEnrolment seriesEnrolment, SessionEnrolment sessionEnrolment, RefusalAudit refusals) {
        this.currentUser = currentUser;
        this.participants = participants;
        this.myLearners = myLearners;
        this.myPupils = myPupils;
        this.seriesEnrolment = seriesEnrolment;
        this.sessionEnrolment = sessionEnrolment;
        this.refusals = refusals;
    }

    /** The signed-in child's learner id. */
    long myLearner() {
        return participants.myLearnerId().orElseThrow(() -> refused("account", currentUser.require().accountId(), "learning"));
    }

    /** The signed-in child's learner id, if the account is a child's (a home with nothing to show otherwise). */
    java.util.Optional<Long> myLearnerIfAny() {
        return participants.myLearnerId();
    }

    /** The series the signed-in child is enrolled in. */
    Set<Long> mySeries() {
        return seriesEnrolment.mySeries();
    }

    /** The organisation a unit given to this child belongs to, when the caller may give the child units. */
    long organisationForLearner(long learnerId, String screen) {
        Long organisation = scope().organisationOf(learnerId);
        if (organisation == null) {
            throw refused("learner", learnerId, screen);
        }
        return organisation;
    }

    /** The organisation of a series the caller coordinates or tutors. */
    long organisationForSeries(long seriesId, String screen) {
        AccountPrincipal user = currentUser.require();
        if (!(user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN) || user.hasRole(Role.TUTOR)
                || user.hasRole(Role.VOLUNTEER))) {
            throw refused("series", seriesId, screen);
        }
        return seriesEnrolment.organisationOfManagedSeries(seriesId)
                .orElseThrow(() -> refused("series", seriesId, screen));
    }

    /** The children of a series the caller runs or coordinates. */
    List<Long> learnersOfSeries(long seriesId, String screen) {
        organisationForSeries(seriesId, screen);
        return seriesEnrolment.learnersOf(seriesId);
    }

    /** The children whose learning the caller (an adult) may see, with their names and organisations. */
    Scope scope() {
        AccountPrincipal user = currentUser.require();
        Map<Long, Long> organisations = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Set<Long> managed = new HashSet<>();
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN)) {
            managed.addAll(participants.managedOrganisations());
        }
        if (user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)) {
            Set<Long> matched = myLearners.matchedLearnerIds();
            names.putAll(participants.learnerNames(matched));
            for (long learner : matched) {
                participants.organisationOfLearner(learner).ifPresent(org -> organisations.put(learner, org));
            }
        }
        if (user.hasRole(Role.TEACHER)) {
            for (ConsentedPupil pupil : myPupils.consented()) {
                organisations.put(pupil.learnerId(), pupil.organisationId());
                names.put(pupil.learnerId(), pupil.name());
            }
        }
        return new Scope(Set.copyOf(managed), Map.copyOf(organisations), Map.copyOf(names), participants);
    }

    /** A child of the caller's scope, or a refusal written to the audit log. */
    void requireVisible(long learnerId, String screen) {
        if (scope().organisationOf(learnerId) == null) {
            throw refused("learner", learnerId, screen);
        }
    }

    /** Whether the caller may give units to whole series (a teacher runs none). */
    boolean runsSeries() {
        AccountPrincipal user = currentUser.require();
        return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN) || user.hasRole(Role.TUTOR)
                || user.hasRole(Role.VOLUNTEER);
    }

    /**
     * Of these children, those whose written reflections the caller may read: a coordinator's organisations', a
     * tutor's matched children, and a teacher's consented pupils only where the household also consented to the
     * teacher reading learning records ({@code SHARE_LEARNING_RECORDS}). The numbers need only {@link #scope()}.
     */
    Set<Long> reflectionsReadable(Collection<Long> learnerIds) {
        AccountPrincipal user = currentUser.require();
        Set<Long> readable = new HashSet<>();
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN)) {
            Set<Long> managed = Set.copyOf(participants.managedOrganisations());
            learnerIds.stream().filter(id -> participants.organisationOfLearner(id).filter(managed::contains).isPresent())
                    .forEach(readable::add);
        }
        if (user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)) {
            Set<Long> matched = myLearners.matchedLearnerIds();
            learnerIds.stream().filter(matched::contains).forEach(readable::add);
        }
        if (user.hasRole(Role.TEACHER)) {
            Set<Long> sharing = myPupils.sharingLearningRecords();
            learnerIds.stream().filter(sharing::contains).forEach(readable::add);
        }
        return readable;
    }

    /** A refusal, written to the audit log first (in a transaction of its own: the caller's is rolled back). */
    /** A session the caller runs (one of its tutors) or whose organisation they coordinate, with its children. */
    EnrolledSession sessionRun(long sessionId, String screen) {
        return sessionEnrolment.runByMe(sessionId).orElseThrow(() -> refused("session", sessionId, screen));
    }

    /** The records behind an organisation's outcome figures: its own coordinators only, never an administrator. */
    void requireCoordinatesOnly(long organisationId, String screen) {
        if (!participants.coordinatesOnly(organisationId)) {
            throw refused("organisation", organisationId, screen);
        }
    }

    AccessDeniedException refused(String recordType, long recordId, String screen) {
        refusals.refused(recordType, recordId, screen);
        return new AccessDeniedException(REFUSED);
    }

    /**
     * The children an adult may see: one by one (matched, consented pupils) or whole organisations (coordinated).
     * Names of a coordinated organisation's children are asked for when a view needs them.
     */
    record Scope(Set<Long> organisations, Map<Long, Long> learners, Map<Long, String> names, Participants participants) {

        /** The organisation of a child in scope, else null. */
        @org.jspecify.annotations.Nullable Long organisationOf(long learnerId) {
            Long own = learners.get(learnerId);
            if (own != null) {
                return own;
            }
            if (organisations.isEmpty()) {
                return null;
            }
            return participants.organisationOfLearner(learnerId).filter(organisations::contains).orElse(null);
        }

        Map<Long, String> namesOf(Collection<Long> learnerIds) {
            Set<Long> missing = learnerIds.stream().filter(id -> !names.containsKey(id)).collect(Collectors.toSet());
            if (missing.isEmpty() || organisations.isEmpty()) {
                return names;
            }
            Map<Long, String> all = new HashMap<>(names);
            all.putAll(participants.learnerNames(missing));
            return all;
        }
    }
}
