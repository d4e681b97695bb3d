package jp.manabiba.assignments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting work: tutors and volunteers for the children they are matched with (or series they tutor), teachers for
 * their consented pupils, coordinators for their organisations. A draft can change freely; published work can
 * move its due time and get more children; its questions are frozen once any child has answered ({@link #copy}
 * makes an editable draft). Changes carry the version the author saw, so two editors do not overwrite each other.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class AssignmentAuthoring {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final Recipients recipients;
    private final AssignmentsAccess access;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentAuthoring(AssignmentRepository assignments, SubmissionRepository submissions, Recipients recipients,
                        AssignmentsAccess access, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.recipients = recipients;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a new draft; returns its id. */
    @Transactional
    public long create(AssignmentDraft draft) {
        DraftRules.Checked checked = DraftRules.check(draft);
        Long organisation = access.organisationFor(draft.organisationId());
        Set<Long> learners = orEmpty(draft.learnerIds());
        Set<Long> series = orEmpty(draft.seriesIds());
        access.requireRecipients(organisation, learners, series);
        Assignment assignment = new Assignment(organisation, access.me(), null, clock.instant());
        apply(assignment, checked);
        assignment.recipients(learners, series);
        long id = assignments.save(assignment).id();
        audit.record(AuditAction.CREATE, "assignment", id, AssignmentsAccess.SCREEN);
        return id;
    }

    /**
     * Changes a draft (everything), or published work nobody has answered yet (texts, due time, questions;
     * recipients are only added, never dropped). Returns the new version.
     */
    @Transactional
    public long update(long assignmentId, long expectedVersion, AssignmentDraft draft) {
        Assignment assignment = current(assignmentId, expectedVersion);
        DraftRules.Checked checked = DraftRules.check(draft);
        if (assignment.published() && submissions.anyAnswered(assignmentId)) {
            throw new InvalidInput("questions", "assignment.error.frozen");
        }
        Set<Long> learners = orEmpty(draft.learnerIds());
        Set<Long> series = orEmpty(draft.seriesIds());
        access.requireRecipients(assignment.organisationId(), learners, series);
        apply(assignment, checked);
        if (assignment.published()) {
            assignment.addRecipients(learners, series);
            submissions.findByAssignmentId(assignmentId).forEach(s -> s.retarget(checked.dueAt(), assignment.maxScore()));
            recipients.topUp(assignment, clock.instant());
        } else {
            assignment.recipients(learners, series);
        }
        assignments.flush();
        return assignment.version();
    }

    /** Gives the work to its children; returns how many got it. */
    @Transactional
    public int publish(long assignmentId, long expectedVersion) {
        Assignment assignment = current(assignmentId, expectedVersion);
        if (assignment.published()) {
            return 0;
        }
        if (assignment.questions().isEmpty()) {
            throw new InvalidInput("questions", "assignment.error.no-questions");
        }
        if (!assignment.dueAt().isAfter(clock.instant())) {
            throw new InvalidInput("due", "assignment.error.due-past");
        }
        if (assignment.learnerIds().isEmpty() && assignment.seriesIds().isEmpty()) {
            throw new InvalidInput("recipients", "assignment.error.no-recipients");
        }
        // matches and enrolments may have changed since the draft was saved
        access.requireRecipients(assignment.organisationId(), assignment.learnerIds(), assignment.seriesIds());
        assignment.publish(clock.instant());
        int given = recipients.topUp(assignment, clock.instant());
        audit.record(AuditAction.CHANGE, "assignment", assignmentId, AssignmentsAccess.SCREEN);
        return given;
    }

    /** Moves the due time (Asia/Tokyo) of a draft or published work; only into the future. */
    @Transactional
    public long moveDue(long assignmentId, long expectedVersion, LocalDateTime due) {
        Assignment assignment = current(assignmentId, expectedVersion);
        if (due == null) {
            throw new InvalidInput("due", TextRules.REQUIRED);
        }
        Instant to = due.atZone(ProgrammeZone.TOKYO).toInstant();
        if (!to.isAfter(clock.instant())) {
            throw new InvalidInput("due", "assignment.error.due-past");
        }
        assignment.moveDue(to);
        assignments.flush();
        submissions.moveDue(assignmentId, to);
        return assignment.version();
    }

    /** Gives published work (or a draft, once published) to more children or series; returns how many got it now. */
    @Transactional
    public int addRecipients(long assignmentId, Set<Long> learnerIds, Set<Long> seriesIds) {
        Assignment assignment = access.authored(assignmentId);
        access.requireRecipients(assignment.organisationId(), orEmpty(learnerIds), orEmpty(seriesIds));
        assignment.addRecipients(orEmpty(learnerIds), orEmpty(seriesIds));
        return recipients.topUp(assignment, clock.instant());
    }

    /**
     * A new draft with the same texts and questions, owned by the caller, due a week from now, for no one yet:
     * the way to change frozen work, or to reuse an assignment from the library.
     */
    @Transactional
    public long copy(long assignmentId) {
        Assignment source = access.readable(assignmentId);
        AssignmentDetail detail = AssignmentDetails.of(source, false, true, true);
        LocalDateTime due = LocalDateTime.now(clock.withZone(ProgrammeZone.TOKYO)).plusWeeks(1).withSecond(0).withNano(0);
        AssignmentDraft draft = new AssignmentDraft(null, source.title(), source.instructions(), due,
                detail.questions().stream().map(AssignmentDetail.QuestionDetail::toDraft).toList(), Set.of(), Set.of());
        // the source's organisation when the caller works there (a coordinator of several keeps it), else their own
        Long organisation = source.organisationId() != null && access.worksIn(source.organisationId())
                ? source.organisationId() : access.organisationFor(null);
        Assignment copy = new Assignment(organisation, access.me(), source.id(), clock.instant());
        apply(copy, DraftRules.check(draft));
        long id = assignments.save(copy).id();
        audit.record(AuditAction.CREATE, "assignment", id, AssignmentsAccess.SCREEN);
        return id;
    }

    /** An assignment with its right answers, for the editor and the preview. */
    @Transactional(readOnly = true)
    public AssignmentDetail detail(long assignmentId) {
        Assignment assignment = access.readable(assignmentId);
        return AssignmentDetails.of(assignment, assignment.published() && submissions.anyAnswered(assignmentId),
                assignment.authorAccountId() == access.me(), access.mayEdit(assignment));
    }

    /** The caller's own assignments, newest first: the library to copy from. */
    @Transactional(readOnly = true)
    public List<AssignmentRow> library() {
        List<Assignment> mine = assignments.findByAuthorAccountIdOrderByCreatedAtDesc(access.me());
        java.util.Map<Long, Long> children = new java.util.HashMap<>();
        if (!mine.isEmpty()) {
            submissions.countByAssignment(mine.stream().map(Assignment::id).toList())
                    .forEach(pair -> children.put((Long) pair[0], (Long) pair[1]));
        }
        return mine.stream()
                .map(a -> new AssignmentRow(a.id(), a.title(), a.state(), a.dueAt(), a.questions().size(), a.createdAt(),
                        children.getOrDefault(a.id(), 0L).intValue()))
                .sorted(Comparator.comparing(AssignmentRow::createdAt).reversed())
                .toList();
    }

    private Assignment current(long assignmentId, long expectedVersion) {
        Assignment assignment = access.authored(assignmentId);
        if (assignment.version() != expectedVersion) {
            throw new InvalidInput("version", "assignment.error.changed-meanwhile");
        }
        return assignment;
    }

    private void apply(Assignment assignment, DraftRules.Checked checked) {
        assignment.describe(checked.title(), checked.instructions(), checked.dueAt());
        if (!assignment.questions().isEmpty()) {
            assignment.clearQuestions();
            assignments.flush(); // the old rows go before new ones take their positions
        }
        checked.questions().forEach(assignment::addQuestion);
    }

    private static Set<Long> orEmpty(Set<Long> ids) {
        return ids == null ? Set.of() : ids;
    }
}
