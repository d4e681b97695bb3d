package jp.manabiba.assignments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
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
    private final Participants participants;
    private final JdbcClient jdbc;

    WorkChoices(AssignmentsAccess access, Participants participants, JdbcClient jdbc) {
        this.access = access;
        this.participants = participants;
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

    /** Session series of the organisations the caller coordinates, and those they tutor a session of, by title. */
    @Transactional(readOnly = true)
    public List<WorkOption> series() {
        long supporter = participants.mySupporterId().orElse(-1L);
        return jdbc.sql("""
                select id, title from session_series where organisation_id in (:organisations)
                  or id in (select t.series_id from tutoring_session t join session_supporter ss on ss.session_id = t.id
                            where ss.supporter_id = :supporter)
                order by title limit""" + " " + MAX).param("organisations", orNone(access.managedOrganisations()))
                .param("supporter", supporter)
                .query((rs, row) -> new WorkOption(rs.getLong(1), rs.getString(2), null)).list();
    }

    /**
     * Published work whose results the caller may see, latest due first: their own, their organisations', and work
     * given to a child they tutor or (a teacher) a consented pupil.
     */
    @Transactional(readOnly = true)
    public List<WorkOption> resultAssignments() {
        Set<Long> reach = SeriesMembership.union(access.matchedLearners(), access.consentedPupils());
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

    private static List<Long> orNone(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }
}
