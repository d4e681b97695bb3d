package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jp.manabiba.assignments.ui.ReviewQueueView;
import jp.manabiba.assignments.ui.ReviewWorkView;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's screens on the real services: the queue (oldest first, by child and by series), a review done
 * with scores and comments, a return that puts the work back on top of the child's やること, a score over the
 * points refused at its field, a second reviewer told at the top with nothing typed lost, and who is refused.
 */
class ReviewScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    AssignmentsFixture f;
    long assignment;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "review-screen-" + FIXTURES.incrementAndGet());
        List<QuestionDraft> questions = List.of(QuestionDraft.number("3×4は？", 5, "12", null, null),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "{感想|かんそう}を かこう", 10, true));
        // set by the coordinator, so that child A2 (not matched with tutor A) may get it
        assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("かけざんの しゅくだい", questions,
                Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
    }

    /** The child answers both questions and hands in; returns the submission. */
    private long handIn(TestPrincipal child, long assignmentId) {
        long submission = f.submissionOf(child, assignmentId);
        return f.acting.as(child, () -> {
            WorkView work = f.answering.open(submission);
            long version = work.version();
            version = f.answering.save(submission, work.questions().get(0).questionId(), DraftAnswer.text("12"), version).version();
            version = f.answering.save(submission, work.questions().get(1).questionId(), DraftAnswer.text("たのしかった"), version).version();
            f.answering.submit(submission, version);
            return submission;
        });
    }

    private void openReview(TestPrincipal reviewer, long submission) {
        KaribuSupport.signIn(reviewer);
        UI.getCurrent().navigate(ReviewWorkView.class, submission);
    }

    private ReviewView stored(long submission) {
        return f.acting.as(f.people.tutorA, () -> f.reviewing.open(submission));
    }

    private long openQuestion(long submission) {
        return stored(submission).questions().get(1).questionId();
    }

    private IntegerField score(long question) {
        return LocatorJ._get(LocatorJ._get(Div.class, spec -> spec.withId("review-question-" + question)), IntegerField.class);
    }

    private TextArea comment(long question) {
        return LocatorJ._get(LocatorJ._get(Div.class, spec -> spec.withId("review-question-" + question)), TextArea.class);
    }

    private TextArea overall() {
        return LocatorJ._get(TextArea.class, spec -> spec.withLabel("全体のコメント"));
    }

    @Test
    void the_queue_lists_the_oldest_first_and_filters_by_child_and_by_series() {
        long series = f.series(); // child A is enrolled in it, child A2 is not
        long first = handIn(f.learnerA2, assignment);
        long second = handIn(f.people.learnerA, assignment);
        KaribuSupport.signIn(f.people.coordinatorA);
        UI.getCurrent().navigate(ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<QueueRow> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("review-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).submissionId()).isEqualTo(first);
        assertThat(GridKt._get(grid, 1).submissionId()).isEqualTo(second);

        @SuppressWarnings("unchecked")
        ComboBox<WorkOption> child = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("子ども"));
        _setValue(child, child.getListDataView().getItems().filter(o -> o.id() == f.learnerOfA2).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).submissionId()).isEqualTo(first);

        _setValue(child, null);
        @SuppressWarnings("unchecked")
        ComboBox<WorkOption> ofSeries = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("シリーズ"));
        _setValue(ofSeries, ofSeries.getListDataView().getItems().filter(o -> o.id() == series).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).submissionId()).isEqualTo(second);
    }

    @Test
    void a_review_marked_done_keeps_the_scores_and_comments_and_shows_the_ruby_preview() {
        long submission = handIn(f.people.learnerA, assignment);
        long question = openQuestion(submission);
        openReview(f.people.tutorA, submission);
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withClasses("review-right")).getElement().getTextRecursively())
                .contains("12");

        _setValue(score(question), 8);
        _setValue(comment(question), "よく{書|か}けたね");
        _setValue(overall(), "がんばったね");
        Div preview = LocatorJ._get(comment(question).getParent().orElseThrow(), Div.class,
                spec -> spec.withClasses("review-preview"));
        assertThat(LocatorJ._get(preview, ChildText.class).getElement().getProperty("innerHTML")).contains("<ruby>");
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("review-done")));

        ReviewView after = stored(submission);
        assertThat(after.state()).isEqualTo(SubmissionState.DONE);
        assertThat(after.score()).isEqualTo(13);
        assertThat(after.overallComment()).isEqualTo("がんばったね");
        assertThat(after.questions().get(1).comment()).isEqualTo("よく{書|か}けたね");
        assertThat(KaribuSupport.currentView()).isInstanceOf(ReviewQueueView.class);
    }

    @Test
    void a_return_asks_once_and_puts_the_work_back_on_top_of_the_childs_todo() {
        long other = f.published(f.people.tutorA, new AssignmentDraft(null, "さきに しめきり", null,
                AssignmentsFixture.inDays(1), AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        long submission = handIn(f.people.learnerA, assignment);
        openReview(f.people.tutorA, submission);
        _setValue(overall(), "もういちど かいてみよう");

        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("review-return")));
        assertThat(stored(submission).state()).isEqualTo(SubmissionState.SUBMITTED); // only asked so far
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("return-yes")));

        KaribuSupport.signIn(f.people.learnerA); // the session's user is the one the services see
        List<TodoItem> todo = f.acting.as(f.people.learnerA, () -> f.answering.todo());
        assertThat(todo.getFirst().submissionId()).isEqualTo(submission);
        assertThat(todo.getFirst().state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(todo.stream().map(TodoItem::assignmentId)).contains(other);
        openReview(f.people.tutorA, submission);
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("review-history"))).hasSize(1);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("review-done"))).isEmpty();
    }

    @Test
    void a_score_over_the_points_is_refused_at_its_field_and_nothing_typed_is_lost() {
        long submission = handIn(f.people.learnerA, assignment);
        long question = openQuestion(submission);
        openReview(f.people.tutorA, submission);
        _setValue(score(question), 15);
        _setValue(comment(question), "とても よい");

        try (LogCapture errors = LogCapture.errors()) {
            _click(LocatorJ._get(Button.class, spec -> spec.withClasses("review-done")));
            assertThat(errors.lines()).isEmpty();
        }

        assertThat(score(question).isInvalid()).isTrue();
        assertThat(score(question).getErrorMessage()).isEqualTo("点数は 0 から 10 の間で入力してください");
        assertThat(score(question).getValue()).isEqualTo(15);
        assertThat(comment(question).getValue()).isEqualTo("とても よい");
        assertThat(stored(submission).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void a_second_reviewer_is_told_at_the_top_keeps_what_they_typed_and_can_reload() throws Exception {
        long submission = handIn(f.people.learnerA, assignment);
        long question = openQuestion(submission);
        openReview(f.people.tutorA, submission);
        _setValue(score(question), 4);
        _setValue(comment(question), "ここを なおそう");

        // the coordinator's screen, a UI of its own on another thread, finishes first
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            other.submit(() -> {
                KaribuSupport.start(context);
                try {
                    openReview(f.people.coordinatorA, submission);
                    _setValue(score(question), 9);
                    _click(LocatorJ._get(Button.class, spec -> spec.withClasses("review-done")));
                } finally {
                    KaribuSupport.stop();
                }
            }).get(60, TimeUnit.SECONDS);
        }
        assertThat(stored(submission).score()).isEqualTo(14);

        try (LogCapture errors = LogCapture.errors()) {
            _click(LocatorJ._get(Button.class, spec -> spec.withClasses("review-done")));
            assertThat(errors.lines()).isEmpty();
        }
        Div conflict = LocatorJ._get(Div.class, spec -> spec.withClasses("review-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("ほかの人が先に採点しました");
        assertThat(score(question).getValue()).isEqualTo(4);
        assertThat(comment(question).getValue()).isEqualTo("ここを なおそう");
        assertThat(stored(submission).score()).isEqualTo(14);

        _click(LocatorJ._get(conflict, Button.class));
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("review-done"))).isEmpty(); // done meanwhile
        assertThat(score(question).getValue()).isEqualTo(9); // the review that counts
        assertThat(comment(question).isReadOnly()).isTrue();
        assertThat(LocatorJ._get(Div.class, spec -> spec.withClasses("review-unsent")).getElement().getTextRecursively())
                .contains("点数 4", "ここを なおそう");
    }

    @Test
    void a_learner_is_refused_every_review_route_and_a_stranger_tutor_the_work_of_a_child_they_do_not_tutor() {
        TestPrincipal stranger = strangerTutor(); // made before anyone signs in to this session
        long submission = handIn(f.people.learnerA, assignment);
        KaribuSupport.signIn(f.people.learnerA);
        UI.getCurrent().navigate("work/review");
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("work/review/" + submission);
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);

        KaribuSupport.signIn(stranger);
        UI.getCurrent().navigate(ReviewQueueView.class);
        assertThat(GridKt._size(LocatorJ._get(Grid.class, spec -> spec.withClasses("review-grid")))).isZero();
        UI.getCurrent().navigate(ReviewWorkView.class, submission);
        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
        assertThat(LocatorJ._find(TextArea.class)).isEmpty();
    }

    /** A tutor of organisation B, matched with nobody. */
    private TestPrincipal strangerTutor() {
        String username = "review-stranger-" + System.nanoTime();
        context.getBean(SystemAccess.class).asAdministrator(() -> {
            SupporterRecords supporters = context.getBean(SupporterRecords.class);
            long supporter = supporters.create(f.people.organisationB, new SupporterDetails(
                    SupporterCategory.UNIVERSITY_STUDENT, "学生", "二郎", "大阪大学", null, null, null));
            return supporters.createLocalAccount(supporter, username).accountId();
        });
        return TestPrincipal.demo(context, username);
    }
}
