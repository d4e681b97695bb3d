package jp.manabiba.assignments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.SeriesEnrolment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff's review and results screens offer to choose from, under the same reach as the queue and the
 * results: the children with work waiting for the caller, the series the caller coordinates or tutors, and the
 * published work whose results the caller may see.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class WorkChoices {

    private static final int MAX = 500;

    private final AssignmentsAccess access;
    private final SeriesEnrolment enrolment;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    WorkChoices(AssignmentsAccess access, SeriesEnrolment enrolment, CurrentUser currentUser, JdbcClient jdbc) {
        this.access = access;
        this.enrolment = enrolment;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** Children with handed-in work waiting for the caller (the queue's learner filter), by name. */
    @Transactional(readOnly = true)
    public List<WorkOption> waitingLearners() {
        List<Long> ids = jdbc.sql("""
                select distinct s.learner_id from assignment_submission s join assignment a on a.id = s.assignment_id
                where s.state = 'SUBMITTED'
                  and (a.author_account_id = :me or a.organisation_id in (:organisations) or s.learner_id in (:matched))
                limit""" + " " + MAX).param("me", access.me()).param("organisations", orNone(access.managedOrganisations()))
                .param("matched", orNone(access.matchedLearners())).query(Long.class).list();
        Map<Long, String> names = ids.isEmpty() ? Map.of() : access.learnerNames(ids);
        return ids.stream().map(id -> new WorkOption(id, names.getOrDefault(id, ""), null))
                .sorted(Comparator.comparing(WorkOption::name)).toList();
    }

    /** Session series the caller coordinates or tutors, by title (tutoring's answer); a teacher runs none. */
    @Transactional(readOnly = true)
    public List<WorkOption> series() {
        AccountPrincipal user = currentUser.require();
        if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.TUTOR) && !user.hasRole(Role.VOLUNTEER)) {
            return List.of();
        }
        return enrolment.managedSeries().stream().map(s -> new WorkOption(s.id(), s.title(), null)).toList();
    }

    /**
     * Published work whose results the caller may see, latest due first: their own, their organisations', and work
     * given to a child they tutor or (a teacher) a consented pupil.
     */
    @Transactional(readOnly = true)
    public List<WorkOption> resultAssignments() {
        Set<Long> reach = union(access.matchedLearners(), access.consentedPupils());
        return jdbc.sql("""
                select a.id, a.title, a.due_at from assignment a where a.state = 'PUBLISHED'
                  and (a.author_account_id = :me or a.organisation_id in (:organisations)
                       or exists (select 1 from assignment_submission s where s.assignment_id = a.id
                                  and s.learner_id in (:reach)))
                order by a.due_at desc limit""" + " " + MAX).param("me", access.me())
                .param("organisations", orNone(access.managedOrganisations())).param("reach", orNone(reach))
                .query((rs, row) -> new WorkOption(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC))).list();
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Long> orNone(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }
}
