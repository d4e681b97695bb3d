package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's side: the to-do list, opening a piece of work, saving one answer at a time as a draft, and
 * handing it in. Saves of one piece of work run one after another (its row is locked) and the later save wins;
 * a save tells the screen when another tab or device saved in between ({@link SavedDraft#changedElsewhere()}).
 * Refusals of a field name {@code question:<id>}.
 */
@Service
@RolesAllowed(Roles.LEARNER)
public class Answering {

    static final String NOT_A_NUMBER = "assignment.error.not-a-number";

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final AnswerRepository answers;
    private final AttemptRepository attempts;
    private final AssignmentFileRepository files;
    private final Recipients recipients;
    private final AssignmentsAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Answering(AssignmentRepository assignments, SubmissionRepository submissions, AnswerRepository answers,
              AttemptRepository attempts, AssignmentFileRepository files, Recipients recipients,
              AssignmentsAccess access,
              ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.answers = answers;
        this.attempts = attempts;
        this.files = files;
        this.recipients = recipients;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * やること: returned work on top, then work to do by due time (soonest first), then handed in, then done
     * (latest due first). Work of the child's series published before they joined is given to them here.
     */
    @Transactional
    public List<TodoItem> todo() {
        long me = access.myLearner();
        Instant now = clock.instant();
        recipients.topUpForMe(me, now);
        return TodoItems.of(assignments, submissions.findByLearnerIdOrderByDueAtAscIdAsc(me), now);
    }

    /** A piece of work with the child's drafts, marks and history; read-only once handed in or done. */
    @Transactional(readOnly = true)
    public WorkView open(long submissionId) {
        Submission submission = access.ownSubmission(submissionId, false);
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        List<Answer> given = answers.findBySubmissionId(submissionId);
        return WorkViews.of(assignment, submission, given, AnswerFiles.refs(files, given),
                attempts.findBySubmissionIdOrderByAttemptAsc(submissionId).stream().map(Attempt::toRecord).toList());
    }

    /**
     * Saves one question's draft. Saving what is stored already changes nothing (a retry after a lost answer is
     * harmless). Too long a text is refused and the stored draft stays; a number that cannot be read is kept,
     * with {@link SavedDraft#problemKey()} for the screen to show.
     */
    @Transactional
    public SavedDraft save(long submissionId, long questionId, DraftAnswer answer, long seenVersion) {
        Submission submission = access.ownSubmission(submissionId, true);
        if (!submission.state().open()) {
            throw access.closed(submission);
        }
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        Question question = access.questionOf(assignment, questionId);
        Set<Long> choices = answer.choiceIds() == null ? Set.of() : Set.copyOf(answer.choiceIds());
        access.requireChoices(question, choices);
        String text = text(question, answer.text());
        BigDecimal number = question.kind() == QuestionKind.NUMBER && text != null
                ? TypedNumber.read(text).map(TypedNumber.Reading::value).orElse(null) : null;
        String problem = question.kind() == QuestionKind.NUMBER && text != null && number == null ? NOT_A_NUMBER : null;
        Answer stored = answers.findBySubmissionIdAndQuestionId(submissionId, questionId).orElse(null);
        if (stored != null && stored.holds(text, choices)) {
            return new SavedDraft(stored.savedAt(), submission.version(), false, problem);
        }
        boolean changedElsewhere = seenVersion != submission.version();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored: the same time after a reload
        if (stored == null) {
            stored = answers.save(new Answer(submissionId, questionId, now));
        }
        stored.draft(text, number, choices, now);
        submission.saved(now);
        submissions.flush();
        events.publishEvent(new WorkChanged(submissionId, submission.learnerId(), submission.state()));
        return new SavedDraft(now, submission.version(), changedElsewhere, problem);
    }

    /**
     * Hands the work in. Refused whole when a required answer is missing or a number cannot be read
     * ({@link IncompleteSubmission}, one message per question), or when the screen did not see the latest save
     * (another tab). Closed questions are marked now; after the due time it is marked late.
     */
    @Transactional
    public Submitted submit(long submissionId, long expectedVersion) {
        Submission submission = access.ownSubmission(submissionId, true);
        if (!submission.state().open()) {
            throw access.closed(submission);
        }
        if (submission.version() != expectedVersion) {
            throw new InvalidInput("version", "assignment.error.changed-elsewhere");
        }
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        Map<Long, Answer> given = answers.findBySubmissionId(submissionId).stream()
                .collect(Collectors.toMap(Answer::questionId, Function.identity()));
        List<IncompleteSubmission.QuestionMessage> problems = new ArrayList<>();
        for (Question question : assignment.questions()) {
            Answer answer = given.get(question.id());
            boolean empty = answer == null || answer.empty();
            if (question.required() && empty) {
                problems.add(new IncompleteSubmission.QuestionMessage(question.id(), requiredKey(question.kind())));
            } else if (!empty && question.kind() == QuestionKind.NUMBER && answer.numberValue() == null) {
                problems.add(new IncompleteSubmission.QuestionMessage(question.id(), NOT_A_NUMBER));
            }
        }
        if (!problems.isEmpty()) {
            throw new IncompleteSubmission(problems);
        }
        Integer autoScore = null;
        for (Question question : assignment.questions()) {
            Integer score = Marking.score(question, given.get(question.id()));
            if (score != null) {
                Answer answer = given.get(question.id());
                if (answer != null) {
                    answer.mark(score, answer.comment());
                }
                autoScore = (autoScore == null ? 0 : autoScore) + score;
            }
        }
        submission.submit(clock.instant(), autoScore);
        submissions.flush();
        events.publishEvent(new WorkChanged(submissionId, submission.learnerId(), submission.state()));
        return new Submitted(submission.version(), submission.late(), autoScore, submission.maxScore());
    }

    private static @Nullable String text(Question question, @Nullable String typed) {
        String field = "question:" + question.id();
        return switch (question.kind()) {
            case SHORT_TEXT -> TextRules.optionalLine(field, typed, Answer.SHORT_TEXT_MAX);
            case NUMBER -> TextRules.optionalLine(field, typed, Question.NUMBER_MAX);
            case LONG_TEXT -> TextRules.optionalText(field, typed, Answer.LONG_TEXT_MAX);
            case SINGLE_CHOICE, MULTIPLE_CHOICE, FILE -> null;
        };
    }

    /** What the child is asked to do: choose, add a photo, or write (「えらんでね」 rather than 「かいてね」 for a choice). */
    static String requiredKey(QuestionKind kind) {
        return kind.choices() ? "assignment.error.required-choice"
                : kind == QuestionKind.FILE ? "assignment.error.required-file" : "assignment.error.required-answer";
    }
}
