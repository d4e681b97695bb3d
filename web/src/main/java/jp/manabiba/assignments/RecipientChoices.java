package jp.manabiba.assignments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.Participants;
import jp.manabiba.tutoring.SeriesEnrolment;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the authoring editor offers as recipients, the same sets {@link AssignmentsAccess#requireRecipients} accepts:
 * a coordinator's organisations' children and series, a tutor's or volunteer's matched children and the series they
 * tutor, a teacher's consented pupils (no series: a teacher's work belongs to no organisation). A coordinator of
 * several organisations chooses the organisation first ({@link #organisations}); {@link #in} then offers its own.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class RecipientChoices {

    private final Participants participants;
    private final CurrentUser currentUser;
    private final LearnerRecords learners;
    private final MyLearners myLearners;
    private final MyPupils myPupils;
    private final SeriesEnrolment enrolment;
    private final AssignmentsAccess access;
    private final OrganisationNames names;

    RecipientChoices(Participants participants, CurrentUser currentUser, LearnerRecords learners, MyLearners myLearners,
                     MyPupils myPupils, SeriesEnrolment enrolment, AssignmentsAccess access, OrganisationNames names) {
        this.participants = participants;
        this.currentUser = currentUser;
        this.learners = learners;
        this.myLearners = myLearners;
        this.myPupils = myPupils;
        this.enrolment = enrolment;
        this.access = access;
        this.names = names;
    }

    /** The organisations a coordinator's new work may belong to, by name (none for anyone else). */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        if (!currentUser.require().hasRole(Role.COORDINATOR)) {
            return List.of();
        }
        List<Long> managed = participants.managedOrganisations();
        Map<Long, String> named = names.of(managed);
        return managed.stream().map(id -> new OrganisationOption(id, named.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(OrganisationOption::name).thenComparingLong(OrganisationOption::id)).toList();
    }

    /** A coordinated organisation's children and series; another organisation is refused (and audited). */
    @Transactional(readOnly = true)
    public RecipientOptions in(long organisationId) {
        access.requireCoordinated(organisationId);
        return new RecipientOptions(learners.enrolableIn(organisationId).stream()
                .map(l -> new RecipientOptions.Learner(l.id(), l.fullName(), l.grade(), l.school(), l.homeClass()))
                .toList(), enrolment.managedSeries().stream().filter(s -> s.organisationId() == organisationId)
                .map(s -> new RecipientOptions.Series(s.id(), s.title())).toList());
    }

    @Transactional(readOnly = true)
    public RecipientOptions mine() {
        AccountPrincipal user = currentUser.require();
        List<Long> managed = participants.managedOrganisations();
        if (user.hasRole(Role.COORDINATOR) && !managed.isEmpty()) {
            return new RecipientOptions(learners.enrolable().stream()
                    .map(l -> new RecipientOptions.Learner(l.id(), l.fullName(), l.grade(), l.school(), l.homeClass()))
                    .toList(), seriesIRun());
        }
        if (user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)) {
            return new RecipientOptions(myLearners.toPlanWith().stream()
                    .map(l -> new RecipientOptions.Learner(l.id(), l.fullName(), l.grade(), l.school(), null)).toList(),
                    seriesIRun());
        }
        if (user.hasRole(Role.TEACHER)) {
            return new RecipientOptions(myPupils.list().stream()
                    .map(p -> new RecipientOptions.Learner(p.id(), p.fullName(), p.grade(), null, p.homeClass())).toList(),
                    List.of());
        }
        return new RecipientOptions(List.of(), List.of());
    }

    private List<RecipientOptions.Series> seriesIRun() {
        return enrolment.managedSeries().stream().map(s -> new RecipientOptions.Series(s.id(), s.title())).toList();
    }
}
