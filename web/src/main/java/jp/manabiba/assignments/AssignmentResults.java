package jp.manabiba.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.SeriesEnrolment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following the work: a teacher's results of their consented pupils per assignment and per pupil; the author's and
 * coordinators' results of their work; coordinators' completion rates per organisation and per session series.
 * Queries, not view code, so that the outcomes issue can read the same figures.
 */
@Service
public class AssignmentResults {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final SeriesEnrolment enrolment;
    private final OrganisationNames organisations;
    private final AssignmentsAccess access;
    private final AuditLog audit;

    AssignmentResults(AssignmentRepository assignments, SubmissionRepository submissions, SeriesEnrolment enrolment,
                      OrganisationNames organisations, AssignmentsAccess access, AuditLog audit) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.enrolment = enrolment;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Each child's result on one assignment: all of them for its author and its organisation's coordinators, the
     * consented pupils for a teacher, the matched children for a tutor. Audited as a read of the assignment.
     */
    @RolesAllowed({Roles.TEACHER, Roles.COORDINATOR, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional
    public List<PupilResult> byAssignment(long assignmentId) {
        Assignment assignment = access.readable(assignmentId);
        boolean all = assignment.authorAccountId() == access.me() || assignment.organisationId() != null
                && access.managedOrganisations().contains(assignment.organisationId());
        List<Submission> rows = all ? submissions.findByAssignmentId(assignmentId)
                : submissions.ofAssignmentFor(assignmentId, orNone(union(access.consentedPupils(), access.matchedLearners())));
        audit.record(AuditAction.READ, "assignment", assignmentId, AssignmentsAccess.SCREEN);
        return rows.stream().map(s -> result(s, assignment.title())).toList();
    }

    /** One consented pupil's results on every piece of work, latest due first (a teacher's view of the child). */
    @RolesAllowed(Roles.TEACHER)
    @Transactional
    public List<PupilResult> byPupil(long learnerId) {
        access.requirePupil(learnerId);
        List<Submission> rows = submissions.ofLearner(learnerId);
        Map<Long, String> titles = titles(rows);
        audit.record(AuditAction.READ, "learner", learnerId, AssignmentsAccess.SCREEN);
        return rows.stream().map(s -> result(s, titles.getOrDefault(s.assignmentId(), ""))).toList();
    }

    /** Completion per organisation the caller coordinates, of work due between two dates (Asia/Tokyo, inclusive). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CompletionRate> byOrganisation(LocalDate from, LocalDate to) {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = submissions.completionByOrganisation(managed, start(from), start(to.plusDays(1)));
        return rates(rows, organisations::of);
    }

    /** Completion per session series of the caller's organisations, of work given to the series. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CompletionRate> bySeries(LocalDate from, LocalDate to) {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = submissions.completionBySeries(managed, start(from), start(to.plusDays(1)));
        return rates(rows, enrolment::titlesOfCoordinated);
    }

    private static List<CompletionRate> rates(List<Object[]> rows, Function<Collection<Long>, Map<Long, String>> names) {
        Map<Long, String> named = names.apply(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new CompletionRate((Long) r[0], named.getOrDefault((Long) r[0], ""),
                number(r[1]), number(r[2]), number(r[3]), number(r[4]))).toList();
    }

    private Map<Long, String> titles(List<Submission> rows) {
        return assignments.titles(rows.stream().map(Submission::assignmentId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    private static PupilResult result(Submission s, String title) {
        return new PupilResult(s.assignmentId(), title, s.dueAt(), s.learnerId(), s.state(), s.score(), s.maxScore(),
                s.late(), s.submittedAt());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ProgrammeZone.TOKYO).toInstant();
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
