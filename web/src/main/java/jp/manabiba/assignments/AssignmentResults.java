package jp.manabiba.assignments;

import java.time.Clock;
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
    private final Recipients recipients;
    private final Clock clock;

    AssignmentResults(AssignmentRepository assignments, SubmissionRepository submissions, SeriesEnrolment enrolment,
                      OrganisationNames organisations, AssignmentsAccess access, AuditLog audit, Recipients recipients,
                      Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
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
        Map<Long, String> names = names(rows);
        return rows.stream().map(s -> result(s, assignment.title(), names)).toList();
    }

    /** One consented pupil's results on every piece of work, latest due first (a teacher's view of the child). */
    @RolesAllowed(Roles.TEACHER)
    @Transactional
    public List<PupilResult> byPupil(long learnerId) {
        access.requirePupil(learnerId);
        List<Submission> rows = submissions.ofLearner(learnerId);
        Map<Long, String> titles = titles(rows);
        audit.record(AuditAction.READ, "learner", learnerId, AssignmentsAccess.SCREEN);
        Map<Long, String> names = names(rows);
        return rows.stream().map(s -> result(s, titles.getOrDefault(s.assignmentId(), ""), names)).toList();
    }

    /**
     * Completion per organisation the caller coordinates, of work due between two dates (Asia/Tokyo, inclusive).
     * Children of a series who have not opened やること yet are given its open work first ({@link #topUp}).
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional
    public List<CompletionRate> byOrganisation(LocalDate from, LocalDate to) {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        topUp(managed, from, to);
        List<Object[]> rows = submissions.completionByOrganisation(managed, start(from), start(to.plusDays(1)));
        return rates(rows, organisations::of);
    }

    /** Completion per session series of the caller's organisations, of work given to the series (topped up too). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional
    public List<CompletionRate> bySeries(LocalDate from, LocalDate to) {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        topUp(managed, from, to);
        List<Object[]> rows = submissions.completionBySeries(managed, start(from), start(to.plusDays(1)));
        return rates(rows, enrolment::titlesOfCoordinated);
    }

    /**
     * Completion per child (the rate's id is the learner's, its name empty) of one organisation's work due between
     * two dates, for these children: a research export's dataset, one query. Topped up as {@link #byOrganisation}.
     * Not audited here: the caller audits the export.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional
    public List<CompletionRate> byLearner(long organisationId, Collection<Long> learnerIds, LocalDate from, LocalDate to) {
        if (!access.managedOrganisations().contains(organisationId)) {
            throw access.refused("organisation", organisationId);
        }
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        topUp(List.of(organisationId), from, to);
        return rates(submissions.completionByLearner(organisationId, learnerIds, start(from), start(to.plusDays(1))),
                ids -> Map.of());
    }

    /**
     * A figure a coordinator reports must not depend on a child opening a screen: series work of the period that is
     * still open is given to every child of its series now (as opening やること would), so that a child enrolled
     * later counts as given even before they look. Work already due is not topped up: the series' children get work
     * only until it is due.
     */
    private void topUp(List<Long> organisations, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        assignments.openSeriesWorkOf(organisations, start(from), start(to.plusDays(1)), now)
                .forEach(assignment -> recipients.topUp(assignment, now));
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

    private Map<Long, String> names(List<Submission> rows) {
        Set<Long> learners = rows.stream().map(Submission::learnerId).collect(java.util.stream.Collectors.toSet());
        return learners.isEmpty() ? Map.of() : access.learnerNames(learners);
    }

    private static PupilResult result(Submission s, String title, Map<Long, String> names) {
        return new PupilResult(s.assignmentId(), title, s.dueAt(), s.learnerId(), names.getOrDefault(s.learnerId(), ""),
                s.state(), s.score(), s.maxScore(), s.late(), s.submittedAt());
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
