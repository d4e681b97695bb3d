package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.assignments.ui.AnswerWorkView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's screens on the real services: やること on the home, drafts saved without pressing anything, the
 * draft on a second device, another tab's save told, handing in (asked once, refusals beside the question,
 * read-only after), and another child's work by URL refused.
 */
class AnsweringScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    AssignmentsFixture f;
    long submission;
    WorkView work;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "answer-screen-" + FIXTURES.incrementAndGet());
        List<QuestionDraft> questions = List.of(
                QuestionDraft.number("3×4は？", 5, "12", null, null),
                QuestionDraft.choice(false, "いちばん おおきい かずは？", 5,
                        new ChoiceDraft("3", false), new ChoiceDraft("9", true)),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "{感想|かんそう}を かこう", 5, true));
        long assignment = f.published(f.people.tutorA,
                AssignmentsFixture.draft("かけざんの しゅくだい", questions, Set.of(f.people.learnerOfA), Set.of()));
        submission = f.submissionOf(f.people.learnerA, assignment);
        work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
    }

    private void openAs(TestPrincipal child) {
        KaribuSupport.signIn(child);
        UI.getCurrent().navigate(AnswerWorkView.class, submission);
    }

    private long question(int index) {
        return work.questions().get(index).questionId();
    }

    private Div panel(int index) {
        return LocatorJ._get(Div.class, spec -> spec.withId("question-" + question(index)));
    }

    private String status(int index) {
        return LocatorJ._get(panel(index), Span.class, spec -> spec.withClasses("question-status")).getText();
    }

    private String problem(int index) {
        Paragraph problem = LocatorJ._get(panel(index), Paragraph.class, spec -> spec.withClasses("question-problem"));
        return problem.isVisible() ? problem.getText() : "";
    }

    private String notice() {
        Paragraph notice = LocatorJ._get(Paragraph.class, spec -> spec.withClasses("work-notice"));
        return notice.isVisible() ? notice.getText() : "";
    }

    private WorkView stored() {
        return f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
    }

    @Test
    void a_change_is_saved_on_the_server_without_pressing_anything_and_the_time_is_shown() {
        openAs(f.people.learnerA);
        TextArea feelings = LocatorJ._get(panel(2), TextArea.class);
        assertThat(feelings.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        assertThat(feelings.getValueChangeTimeout()).isLessThanOrEqualTo(2000);

        _setValue(feelings, "たのしかった");
        _setValue(LocatorJ._get(panel(0), TextField.class), "１２");

        WorkView after = stored();
        assertThat(after.questions().get(2).text()).isEqualTo("たのしかった");
        assertThat(after.questions().get(0).text()).isEqualTo("１２");
        assertThat(after.questions().get(0).problemKey()).isNull();
        assertThat(status(2)).matches("ほぞんしました（\\d\\d:\\d\\d）");
        assertThat(feelings.getHelperText()).isEqualTo("6 / 4000 もじ");
    }

    @Test
    void the_draft_is_there_on_a_second_device_and_the_childs_layout_choice_follows_them() {
        openAs(f.people.learnerA);
        _setValue(LocatorJ._get(panel(2), TextArea.class), "つづきは あした");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<WorkView.Option> choice = LocatorJ._get(panel(1), RadioButtonGroup.class);
        _setValue(choice, work.questions().get(1).choices().get(1));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("1もんずつ")));

        KaribuSupport.stop();
        KaribuSupport.start(context); // another browser: a new session and a new UI
        openAs(f.people.learnerA);

        // one question at a time, as chosen on the first device
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("question-panel"))).hasSize(1);
        assertThat(LocatorJ._get(Span.class, spec -> spec.withClasses("pager-position")).getText()).isEqualTo("1 / 3");
        Button next = LocatorJ._get(Button.class, spec -> spec.withText("つぎ →"));
        _click(next);
        RadioButtonGroup<?> again = LocatorJ._get(panel(1), RadioButtonGroup.class);
        assertThat(((WorkView.Option) again.getValue()).label()).isEqualTo("9");
        _click(next);
        assertThat(LocatorJ._get(panel(2), TextArea.class).getValue()).isEqualTo("つづきは あした");
    }

    @Test
    void a_save_from_another_tab_in_between_is_told_and_shown() {
        openAs(f.people.learnerA);
        // the other tab saves the first question after this screen opened
        f.acting.as(f.people.learnerA, () -> f.answering.save(submission, question(0), DraftAnswer.text("12"),
                work.version()));

        _setValue(LocatorJ._get(panel(2), TextArea.class), "こっちの タブ");

        assertThat(notice()).contains("べつの がめんで ほぞんされた");
        assertThat(LocatorJ._get(panel(0), TextField.class).getValue()).isEqualTo("12");
        WorkView after = stored();
        assertThat(after.questions().get(0).text()).isEqualTo("12");
        assertThat(after.questions().get(2).text()).isEqualTo("こっちの タブ");
    }

    @Test
    void handing_in_asks_once_shows_what_is_missing_beside_the_question_and_then_is_read_only() {
        openAs(f.people.learnerA);
        _setValue(LocatorJ._get(panel(0), TextField.class), "じゅうに");

        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("submit-button")));
        assertThat(stored().state()).isEqualTo(SubmissionState.IN_PROGRESS); // only asked so far
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("submit-yes")));

        assertThat(problem(0)).isEqualTo("すうじで かいてね（れい：12.5）。");
        assertThat(problem(1)).as("a choice: choose, not write").isEqualTo("こたえを えらんでね。");
        assertThat(problem(2)).isEqualTo("ここに こたえを かいてね。");
        assertThat(notice()).isEqualTo("こたえていない もんだいが 3こ あるよ。");
        assertThat(stored().state()).isEqualTo(SubmissionState.IN_PROGRESS);

        _setValue(LocatorJ._get(panel(0), TextField.class), "１２．０");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<WorkView.Option> choice = LocatorJ._get(panel(1), RadioButtonGroup.class);
        _setValue(choice, work.questions().get(1).choices().get(1));
        _setValue(LocatorJ._get(panel(2), TextArea.class), "できた");
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("submit-button")));
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("submit-yes")));

        WorkView submitted = stored();
        assertThat(submitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(submitted.questions().get(0).score()).isEqualTo(5);
        assertThat(notice()).startsWith("だしたよ！");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("submit-button"))).isEmpty();
        assertThat(LocatorJ._get(panel(2), TextArea.class).isReadOnly()).isTrue();
        assertThat(LocatorJ._get(panel(0), TextField.class).isReadOnly()).isTrue();
        assertThat(LocatorJ._get(panel(0), Paragraph.class, spec -> spec.withClasses("question-score")).getText())
                .isEqualTo("5 / 5 てん");
    }

    @Test
    void the_todo_card_on_the_home_lists_the_work_with_its_state_and_opens_it() {
        KaribuSupport.signIn(f.people.learnerA);
        UI.getCurrent().navigate(LearnerHomeView.class);

        RouterLink entry = LocatorJ._get(RouterLink.class, spec -> spec.withClasses("todo-entry"));
        assertThat(entry.getHref()).isEqualTo("learner/work/" + submission);
        assertThat(entry.getElement().getTextRecursively()).contains("あたらしい", "かけざんの しゅくだい", "しめきり ");
        assertThat(entry.getClassNames()).contains("todo-new");
    }

    @Test
    void another_child_opening_this_work_by_url_is_refused() {
        openAs(f.learnerA2);

        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
        assertThat(LocatorJ._find(TextArea.class)).isEmpty();
    }
}
