package jp.manabiba.learning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.MyPupils;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.SeriesEnrolment;
import jp.manabiba.tutoring.SeriesOption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the assign dialog offers: exactly the children and series {@link UnitAssignments} accepts from the caller
 * (a tutor's matched children and own series, a teacher's consented pupils, a coordinator's organisations). Names to
 * choose from, as the sessions' planning dialog shows them: not a read of anyone's records, so not audited.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class AssignChoices {

    private final CurrentUser currentUser;
    private final LearnerRecords learnerRecords;
    private final MyLearners myLearners;
    private final MyPupils myPupils;
    private final SeriesEnrolment seriesEnrolment;
    private final LearningAccess access;

    AssignChoices(CurrentUser currentUser, LearnerRecords learnerRecords, MyLearners myLearners, MyPupils myPupils,
                  SeriesEnrolment seriesEnrolment, LearningAccess access) {
        this.currentUser = currentUser;
        this.learnerRecords = learnerRecords;
        this.myLearners = myLearners;
        this.myPupils = myPupils;
        this.seriesEnrolment = seriesEnrolment;
        this.access = access;
    }

    /** The children the caller may give units to, by name, with grade, school and class to tell them apart. */
    @Transactional(readOnly = true)
    public List<LearnerChoice> learners() {
        AccountPrincipal user = currentUser.require();
        Map<Long, LearnerChoice> choices = new LinkedHashMap<>();
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN)) {
            learnerRecords.enrolable().forEach(l -> choices.putIfAbsent(l.id(),
                    new LearnerChoice(l.id(), l.fullName(), l.grade(), l.school(), l.homeClass())));
        }
        if (user.hasRole(Role.TUTOR) || user.hasRole(Role.VOLUNTEER)) {
            myLearners.toPlanWith().forEach(l -> choices.putIfAbsent(l.id(),
                    new LearnerChoice(l.id(), l.fullName(), l.grade(), l.school(), null)));
        }
        if (user.hasRole(Role.TEACHER)) {
            myPupils.toChooseFrom().forEach(p -> choices.putIfAbsent(p.id(),
                    new LearnerChoice(p.id(), p.fullName(), p.grade(), null, p.homeClass())));
        }
        return choices.values().stream().sorted(Comparator.comparing(LearnerChoice::name)
                .thenComparingLong(LearnerChoice::id)).toList();
    }

    /** The series the caller may give units to: none for a teacher. */
    @Transactional(readOnly = true)
    public List<SeriesOption> series() {
        return access.runsSeries() ? seriesEnrolment.managedSeries() : List.of();
    }
}
