package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The child's side through the services: drafts that stay, two tabs, refusals at submission, late work, returns. */
@ManabibaTest
class AnsweringTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "assign-answer-" + FIXTURES.incrementAndGet());
    }

    private List<QuestionDraft> twoQuestions() {
        return List.of(QuestionDraft.number("3×4は？", 5, "12", null, null),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "かんそう", 5, true));
    }

    private long work() {
        long assignment = f.published(f.people.tutorA,
                AssignmentsFixture.draft("しゅくだい", twoQuestions(), Set.of(f.people.learnerOfA), Set.of()));
        return f.submissionOf(f.people.learnerA, assignment);
    }

    private WorkView open(long submission) {
        return f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
    }

    private SavedDraft save(long submission, long question, DraftAnswer answer, long version) {
        return f.acting.as(f.people.learnerA, () -> f.answering.save(submission, question, answer, version));
    }

    /**
     * Each call is a transaction of its own that reads from the database, so this is the second device's view
     * too. The restart case (a new application context on the same database) is the next session's Karibu test.
     */
    @Test
    void a_saved_draft_is_there_when_the_work_is_opened_again_and_saving_it_again_changes_nothing() {
        long submission = work();
        WorkView before = open(submission);
        assertThat(before.state()).isEqualTo(SubmissionState.NEW);
        long question = before.questions().get(1).questionId();

        SavedDraft saved = save(submission, question, DraftAnswer.text("さいごまで できた"), before.version());
        SavedDraft again = save(submission, question, DraftAnswer.text("さいごまで できた"), before.version());

        WorkView after = open(submission);
        assertThat(after.state()).isEqualTo(SubmissionState.IN_PROGRESS);
        assertThat(after.questions().get(1).text()).isEqualTo("さいごまで できた");
        assertThat(after.questions().get(1).savedAt()).isEqualTo(saved.savedAt());
        assertThat(again.savedAt()).isEqualTo(saved.savedAt());
        assertThat(again.version()).isEqualTo(saved.version()).isEqualTo(after.version());
        assertThat(again.changedElsewhere()).isFalse();
    }

    @Test
    void two_tabs_the_later_save_wins_and_is_told_and_a_stale_tab_cannot_submit() {
        long submission = work();
        WorkView tab = open(submission);
        long question = tab.questions().get(1).questionId();

        SavedDraft first = save(submission, question, DraftAnswer.text("タブ1"), tab.version());
        SavedDraft second = save(submission, question, DraftAnswer.text("タブ2"), tab.version());

        assertThat(first.changedElsewhere()).isFalse();
        assertThat(second.changedElsewhere()).isTrue();
        assertThat(open(submission).questions().get(1).text()).isEqualTo("タブ2");
        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, first.version())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.changed-elsewhere");
    }

    @Test
    void a_number_typed_with_an_ime_is_read_and_one_that_is_not_a_number_is_kept_but_refused_at_submission() {
        long submission = work();
        WorkView work = open(submission);
        long number = work.questions().get(0).questionId();
        long text = work.questions().get(1).questionId();

        SavedDraft ime = save(submission, number, DraftAnswer.text("１２"), work.version());
        assertThat(ime.problemKey()).isNull();
        SavedDraft words = save(submission, number, DraftAnswer.text("じゅうに"), ime.version());
        assertThat(words.problemKey()).isEqualTo("assignment.error.not-a-number");
        assertThat(open(submission).questions().get(0).text()).isEqualTo("じゅうに");

        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, words.version())))
                .isInstanceOfSatisfying(IncompleteSubmission.class, refused -> assertThat(refused.questionMessages())
                        .containsExactly(new IncompleteSubmission.QuestionMessage(number, "assignment.error.not-a-number"),
                                new IncompleteSubmission.QuestionMessage(text, "assignment.error.required-answer")));
        assertThat(open(submission).state()).isEqualTo(SubmissionState.IN_PROGRESS);
    }

    @Test
    void too_long_a_text_is_refused_at_its_question_and_the_saved_draft_stays() {
        long submission = work();
        WorkView work = open(submission);
        long question = work.questions().get(1).questionId();
        SavedDraft saved = save(submission, question, DraftAnswer.text("ここまで"), work.version());

        assertThatThrownBy(() -> save(submission, question, DraftAnswer.text("あ".repeat(4001)), saved.version()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("question:" + question);
                    assertThat(refused.messageKey()).isEqualTo("validation.too-long");
                });
        assertThat(open(submission).questions().get(1).text()).isEqualTo("ここまで");
    }

    @Test
    void submitted_work_is_read_only_late_work_is_marked_late_and_returned_work_comes_back_on_top_with_its_history() {
        long other = f.published(f.people.tutorA,
                AssignmentsFixture.draft("べつの しゅくだい", twoQuestions(), Set.of(f.people.learnerOfA), Set.of()));
        long submission = work();
        WorkView work = open(submission);
        long number = work.questions().get(0).questionId();
        long text = work.questions().get(1).questionId();
        long version = save(submission, number, DraftAnswer.text("12"), work.version()).version();
        long seen = save(submission, text, DraftAnswer.text("できた"), version).version();
        // the due time passed while the child was working
        f.jdbc.sql("update assignment_submission set due_at = due_at - interval 30 day where id = ?")
                .param(submission).update();

        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, seen));

        assertThat(submitted.late()).isTrue();
        assertThat(open(submission).readOnly()).isTrue();
        assertThatThrownBy(() -> save(submission, text, DraftAnswer.text("あとから"), submitted.version()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.closed");

        long reviewed = f.acting.as(f.people.tutorA, () -> f.reviewing.review(submission, submitted.version(),
                new Review(List.of(new Review.Mark(text, 2, "もう すこし くわしく {書|か}こう")), "がんばったね",
                        Review.Outcome.RETURN)));

        List<TodoItem> todo = f.acting.as(f.people.learnerA, () -> f.answering.todo());
        assertThat(todo).extracting(TodoItem::submissionId).startsWith(submission);
        assertThat(todo).extracting(TodoItem::assignmentId).contains(other);
        WorkView returned = open(submission);
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.readOnly()).isFalse();
        assertThat(returned.attempt()).isEqualTo(2);
        assertThat(returned.overallComment()).isEqualTo("がんばったね");
        assertThat(returned.questions().get(1).comment()).contains("くわしく");
        assertThat(returned.history()).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(SubmissionState.RETURNED);
            assertThat(attempt.late()).isTrue();
            assertThat(attempt.score()).isEqualTo(7);
        });

        long again = save(submission, text, DraftAnswer.text("できた。12こ あった"), returned.version()).version();
        Submitted second = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, again));
        f.acting.as(f.people.tutorA, () -> f.reviewing.review(submission, second.version(),
                new Review(List.of(new Review.Mark(text, 5, null)), "よく できました", Review.Outcome.DONE)));
        WorkView done = open(submission);
        assertThat(done.state()).isEqualTo(SubmissionState.DONE);
        assertThat(done.score()).isEqualTo(10);
        assertThat(done.history()).extracting(AttemptRecord::attempt).containsExactly(1, 2);
        assertThat(reviewed).isPositive();
    }
}
