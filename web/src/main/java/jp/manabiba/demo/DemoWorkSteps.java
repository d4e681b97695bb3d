package jp.manabiba.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.AssignmentDraft;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.Review;
import jp.manabiba.assignments.ReviewView;
import jp.manabiba.assignments.Reviewing;
import jp.manabiba.assignments.TodoItem;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.demo.DemoActors.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The steps of the assignment loop as the demo's people take them, each through the service a screen calls. */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoWorkSteps {

    private final AssignmentAuthoring authoring;
    private final Answering answering;
    private final Reviewing reviewing;
    private final DemoActors actors;

    DemoWorkSteps(AssignmentAuthoring authoring, Answering answering, Reviewing reviewing, DemoActors actors) {
        this.authoring = authoring;
        this.answering = answering;
        this.reviewing = reviewing;
        this.actors = actors;
    }

    /** A child's answer to one question: a text (also a number as typed) or the labels of the chosen choices. */
    record Reply(@Nullable String text, List<String> labels) {

        /** A question the child has not come to yet. */
        static final Reply SKIP = new Reply(null, List.of());

        static Reply text(String text) {
            return new Reply(text, List.of());
        }

        static Reply choose(String... labels) {
            return new Reply(null, List.of(labels));
        }
    }

    /** A reviewer's mark for the question at a position (from 1); a null score keeps the automatic one. */
    record Marked(int position, @Nullable Integer score, @Nullable String comment) {
    }

    boolean anyWorkOf(Actor author) {
        return !actors.as(author, authoring::library).isEmpty();
    }

    long publish(Actor author, AssignmentDraft draft) {
        return actors.as(author, () -> {
            long id = authoring.create(draft);
            authoring.publish(id, authoring.detail(id).version());
            return id;
        });
    }

    long submissionOf(Actor child, long assignmentId) {
        return actors.as(child, () -> answering.todo().stream().filter(t -> t.assignmentId() == assignmentId)
                .findFirst().map(TodoItem::submissionId).orElseThrow());
    }

    /** Saves the replies as drafts, question by question in order, as the autosave would; returns the version. */
    long answer(Actor child, long submissionId, Reply... replies) {
        return actors.as(child, () -> {
            WorkView work = answering.open(submissionId);
            long version = work.version();
            for (int i = 0; i < replies.length; i++) {
                WorkView.Item question = work.questions().get(i);
                if (replies[i].equals(Reply.SKIP)) {
                    continue;
                }
                version = answering.save(submissionId, question.questionId(), draft(question, replies[i]), version)
                        .version();
            }
            return version;
        });
    }

    void submit(Actor child, long submissionId, Reply... replies) {
        long version = answer(child, submissionId, replies);
        actors.as(child, () -> answering.submit(submissionId, version));
    }

    void review(Actor reviewer, long submissionId, Review.Outcome outcome, String overallComment, Marked... marks) {
        actors.as(reviewer, () -> {
            ReviewView view = reviewing.open(submissionId);
            List<Review.Mark> given = Arrays.stream(marks).map(m -> new Review.Mark(
                    view.questions().get(m.position() - 1).questionId(), m.score(), m.comment())).toList();
            return reviewing.review(submissionId, view.version(), new Review(given, overallComment, outcome));
        });
    }

    private static DraftAnswer draft(WorkView.Item question, Reply reply) {
        if (reply.labels().isEmpty()) {
            return DraftAnswer.text(reply.text());
        }
        Set<Long> chosen = question.choices().stream().filter(c -> reply.labels().contains(c.label()))
                .map(WorkView.Option::id).collect(Collectors.toSet());
        return new DraftAnswer(null, chosen);
    }
}
