package jp.manabiba.assignments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tutor's review: the queue of handed-in work (oldest first), one submission with the right answers, and the
 * review itself: marks and comments per question, an overall comment, done or back to the child. A review
 * carries the version the reviewer saw; when another reviewer got there first it is refused and nothing of
 * theirs is lost. Every review is kept as an attempt in the history.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class Reviewing {

    private static final long NONE = -1;
    private static final int PAGE_MAX = 200;

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final AnswerRepository answers;
    private final AttemptRepository attempts;
    private final AssignmentFileRepository files;
    private final AssignmentsAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviewing(AssignmentRepository assignments, SubmissionRepository submissions, AnswerRepository answers,
              AttemptRepository attempts, AssignmentFileRepository files, AssignmentsAccess access,
              AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.answers = answers;
        this.attempts = attempts;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Handed-in work waiting for the caller, oldest first: work they set, of organisations they coordinate, or of
     * children they are matched with; optionally only the children of one series, or one child. Three statements a
     * page whatever its size: whom a tutor is matched with, the page with its titles, the children's names (the
     * last two from people's services: assignments does not read people's tables).
     */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(QueueFilter filter, int offset, int limit) {
        Set<Long> only = new HashSet<>();
        boolean filtered = filter.seriesId() != null || filter.learnerId() != null;
        if (filter.seriesId() != null) {
            only.addAll(access.learnersOfSeries(filter.seriesId()));
        }
        if (filter.learnerId() != null) {
            if (filter.seriesId() != null) {
                only.retainAll(Set.of(filter.learnerId()));
            } else {
                only.add(filter.learnerId());
            }
        }
        int size = Math.clamp(limit, 1, PAGE_MAX);
        List<Object[]> page = submissions.queue(access.me(), orNone(access.managedOrganisations()),
                orNone(access.matchedLearners()), filtered, orNone(only), PageRequest.of(Math.max(offset, 0) / size, size));
        Map<Long, String> names = names(page.stream().map(r -> ((Submission) r[0]).learnerId()).collect(Collectors.toSet()));
        return page.stream().map(r -> {
            Submission s = (Submission) r[0];
            return new QueueRow(s.id(), s.assignmentId(), (String) r[1], s.learnerId(),
                    names.getOrDefault(s.learnerId(), ""), s.submittedAt(), s.late(), s.attempt(), s.score(),
                    s.maxScore());
        }).toList();
    }

    /** One piece of work to review (a read of the child's work: audited). */
    @Transactional
    public ReviewView open(long submissionId) {
        Submission submission = access.reviewable(submissionId, false);
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        audit.record(AuditAction.READ, "submission", submissionId, AssignmentsAccess.SCREEN);
        Map<Long, Answer> given = answers.findBySubmissionId(submissionId).stream()
                .collect(Collectors.toMap(Answer::questionId, Function.identity()));
        Map<Long, AnswerFile> attached = AnswerFiles.refs(files, given.values());
        List<ReviewView.Item> items = assignment.questions().stream().map(q -> {
            Answer a = given.get(q.id());
            return new ReviewView.Item(q.id(), q.position(), q.kind(), q.prompt(), q.points(),
                    AssignmentDetails.question(q).choices(), q.numberAnswer(), q.acceptedAnswers(),
                    a == null ? null : a.textAnswer(), a == null ? Set.of() : a.choiceIds(),
                    a == null ? null : a.score(), a == null ? null : a.comment(),
                    a == null || a.fileId() == null ? null : attached.get(a.fileId()));
        }).toList();
        return new ReviewView(submissionId, submission.version(), assignment.id(), assignment.title(),
                submission.learnerId(), names(Set.of(submission.learnerId())).getOrDefault(submission.learnerId(), ""),
                submission.state(), submission.attempt(), submission.late(), submission.submittedAt(), submission.score(),
                submission.maxScore(), submission.overallComment(), items,
                attempts.findBySubmissionIdOrderByAttemptAsc(submissionId).stream().map(Attempt::toRecord).toList());
    }

    /**
     * Marks a handed-in piece of work and closes the review: done, or returned for another try (the attempt
     * number moves on; the child's answers stay for them to improve). Returns the new version.
     */
    @Transactional
    public long review(long submissionId, long expectedVersion, Review review) {
        Submission submission = access.reviewable(submissionId, true);
        if (review.outcome() == null) {
            throw new InvalidInput("outcome", TextRules.REQUIRED);
        }
        if (submission.version() != expectedVersion || submission.state() != SubmissionState.SUBMITTED) {
            throw new InvalidInput("version", "assignment.error.reviewed-meanwhile");
        }
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        String overall = TextRules.optionalText("overallComment", review.overallComment(), Submission.COMMENT_MAX);
        Map<Long, Answer> given = new HashMap<>(answers.findBySubmissionId(submissionId).stream()
                .collect(Collectors.toMap(Answer::questionId, Function.identity())));
        for (Review.Mark mark : review.marks() == null ? List.<Review.Mark>of() : review.marks()) {
            Question question = access.questionOf(assignment, mark.questionId());
            String field = "question:" + question.id();
            if (mark.score() != null && (mark.score() < 0 || mark.score() > question.points())) {
                throw new InvalidInput(field + ".score", "assignment.error.score-range", 0, question.points());
            }
            String comment = TextRules.optionalText(field + ".comment", mark.comment(), Answer.COMMENT_MAX);
            Answer answer = given.computeIfAbsent(question.id(),
                    id -> answers.save(new Answer(submissionId, id, clock.instant())));
            answer.mark(mark.score() != null ? mark.score() : answer.score(), comment);
        }
        boolean done = review.outcome() == Review.Outcome.DONE;
        Integer total = null;
        List<Attempt.Line> lines = new ArrayList<>();
        for (Question question : assignment.questions()) {
            Answer answer = given.get(question.id());
            // nothing answered is nothing to mark: 0; an answered open question needs the reviewer's score to be done
            Integer score = answer == null || answer.empty() && answer.score() == null ? Integer.valueOf(0) : answer.score();
            if (done && score == null) {
                throw new InvalidInput("question:" + question.id() + ".score", "assignment.error.score-required");
            }
            if (score != null) { // (a ternary here would unbox a null total: returning unscored work failed)
                total = (total == null ? 0 : total) + score;
            }
            lines.add(new Attempt.Line(question.id(), answer == null ? null : shown(question, answer),
                    score, answer == null ? null : answer.comment()));
        }
        submission.review(total, overall, done, access.me(), clock.instant());
        attempts.save(new Attempt(submission, lines));
        if (!done) {
            submission.nextAttempt();
        }
        submissions.flush();
        events.publishEvent(new WorkChanged(submissionId, submission.learnerId(), submission.state()));
        return submission.version();
    }

    /** The answer as the history shows it: the text, or the chosen choices' labels. */
    private static @Nullable String shown(Question question, Answer answer) {
        if (question.kind().choices()) {
            return question.choices().stream().filter(c -> answer.choiceIds().contains(c.id())).map(Choice::label)
                    .collect(Collectors.joining("、"));
        }
        return answer.textAnswer();
    }

    private Map<Long, String> names(Set<Long> learners) {
        return learners.isEmpty() ? Map.of() : access.learnerNames(learners);
    }

    private static Set<Long> orNone(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Set.of(NONE) : Set.copyOf(ids);
    }
}
