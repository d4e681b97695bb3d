package jp.manabiba.assignments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A child's piece of work as the child's record: never the right answers. */
final class WorkViews {

    private WorkViews() {
    }

    static WorkView of(Assignment assignment, Submission submission, List<Answer> answers, Map<Long, AnswerFile> files,
                       List<AttemptRecord> history) {
        Map<Long, Answer> given = answers.stream().collect(Collectors.toMap(Answer::questionId, Function.identity()));
        boolean reviewed = submission.state() == SubmissionState.DONE || submission.state() == SubmissionState.RETURNED
                || submission.attempt() > 1;
        List<WorkView.Item> items = assignment.questions().stream().map(q -> {
            Answer a = given.get(q.id());
            // closed questions show their automatic mark from submission on; comments once a tutor has reviewed
            boolean showMarks = reviewed || submission.state() == SubmissionState.SUBMITTED && q.kind().closed();
            return new WorkView.Item(q.id(), q.position(), q.kind(), q.prompt(), q.points(), q.required(),
                    q.choices().stream().map(c -> new WorkView.Option(c.id(), c.label())).toList(), q.unit(),
                    a == null ? null : a.textAnswer(), a == null ? Set.of() : a.choiceIds(),
                    a == null ? null : a.savedAt(), a == null || !showMarks ? null : a.score(),
                    a == null || !reviewed ? null : a.comment(),
                    q.kind() == QuestionKind.NUMBER && a != null && a.textAnswer() != null && a.numberValue() == null
                            ? Answering.NOT_A_NUMBER : null,
                    a == null || a.fileId() == null ? null : files.get(a.fileId()));
        }).toList();
        return new WorkView(submission.id(), submission.version(), assignment.id(), assignment.title(),
                assignment.instructions(), submission.dueAt(), submission.state(), !submission.state().open(),
                submission.attempt(), submission.late(), submission.savedAt(), submission.score(), submission.maxScore(),
                reviewed ? submission.overallComment() : null, items, history);
    }
}
