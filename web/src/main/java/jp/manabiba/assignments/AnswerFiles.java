package jp.manabiba.assignments;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.files.CheckedFile;
import jp.manabiba.base.files.FileContent;
import jp.manabiba.base.files.UploadChecks;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FILE answers: the child attaches a photo or PDF to a question of their own open work (guarded as
 * {@link Answering#save} is), replacing the one before; the child and the work's reviewers get it back. The file is
 * checked by base.files and a photo written again (no EXIF) before anything is stored.
 */
@Service
public class AnswerFiles {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final AnswerRepository answers;
    private final AssignmentFileRepository files;
    private final AssignmentsAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerFiles(AssignmentRepository assignments, SubmissionRepository submissions, AnswerRepository answers,
                AssignmentFileRepository files, AssignmentsAccess access, CurrentUser currentUser, AuditLog audit,
                ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.answers = answers;
        this.files = files;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a file as the answer to a FILE question. Refusals: the work not the child's, the question not the
     * work's or not a FILE question (access, audited); handed in ({@code assignment.error.closed}, audited); the file
     * itself at {@code question:<id>} ({@code upload.error.*}), and then the stored answer stays as it was.
     */
    @Transactional
    @RolesAllowed(Roles.LEARNER)
    public SavedFile attach(long submissionId, long questionId, String fileName, byte[] bytes, long seenVersion) {
        Submission submission = access.ownSubmission(submissionId, true);
        if (!submission.state().open()) {
            throw access.closed(submission);
        }
        Question question = access.questionOf(assignments.findById(submission.assignmentId()).orElseThrow(), questionId);
        if (question.kind() != QuestionKind.FILE) {
            throw access.refused("question", questionId);
        }
        // decoded under the work's lock: only this child's other saves of this work wait (a second or two at most)
        CheckedFile checked = UploadChecks.check("question:" + questionId, fileName, bytes, UploadKind.PHOTO_OR_PDF);
        boolean changedElsewhere = seenVersion != submission.version();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AssignmentFile stored = files.save(new AssignmentFile(submissionId, questionId, checked, now));
        Answer answer = answers.findBySubmissionIdAndQuestionId(submissionId, questionId)
                .orElseGet(() -> answers.save(new Answer(submissionId, questionId, now)));
        Long replaced = answer.attach(stored.id(), now);
        submission.saved(now);
        submissions.flush();
        if (replaced != null) {
            files.deleteFile(replaced);
        }
        events.publishEvent(new WorkChanged(submissionId, submission.learnerId(), submission.state()));
        return new SavedFile(new SavedDraft(now, submission.version(), changedElsewhere, null), stored.toRef());
    }

    /**
     * A file's bytes ({@code thumbnail}: its small picture) for the child whose work it is, or a reviewer of the work.
     * Any other id, existing or not, is refused and audited; a reviewer's opening of the full file is audited.
     */
    @Transactional
    @RolesAllowed({Roles.LEARNER, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
    public FileContent read(long fileId, boolean thumbnail) {
        long submissionId = files.submissionOf(fileId).orElseThrow(() -> access.refused("assignment-file", fileId));
        if (currentUser.require().hasRole(Role.LEARNER)) {
            long me = access.myLearner();
            submissions.findById(submissionId).filter(s -> s.learnerId() == me)
                    .orElseThrow(() -> access.refused("assignment-file", fileId));
        } else {
            access.reviewable(submissionId, false);
            if (!thumbnail) {
                audit.record(AuditAction.READ, "assignment-file", fileId, AssignmentsAccess.SCREEN);
            }
        }
        List<Object[]> rows = thumbnail ? files.thumbnail(fileId) : files.content(fileId);
        Object[] row = rows.getFirst();
        if (thumbnail) {
            byte[] small = (byte[]) row[1];
            return small == null ? read(fileId, false) : new FileContent((String) row[0], "image/jpeg", small);
        }
        return new FileContent((String) row[0], (String) row[1], (byte[]) row[2]);
    }

    /** The files some answers point at, by file id, without their bytes. */
    static Map<Long, AnswerFile> refs(AssignmentFileRepository files, Collection<Answer> answers) {
        List<Long> ids = answers.stream().map(Answer::fileId).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of() : files.refs(ids).stream()
                .collect(Collectors.toMap(AnswerFile::id, Function.identity()));
    }
}
