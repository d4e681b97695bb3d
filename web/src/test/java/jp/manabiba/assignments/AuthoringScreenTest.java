package jp.manabiba.assignments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.assignments.ui.AssignmentEditorView;
import jp.manabiba.assignments.ui.AssignmentLibraryView;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Matching;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The author's editor on the real services: a draft written in it, refusals beside their fields (question 2's
 * prompt, the due date, recipients no longer one's own), publish asked once, frozen questions and "copy and edit".
 * Routes, library, preview and concurrent saves: {@link AuthoringRoutesScreenTest}.
 */
class AuthoringScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    AssignmentsFixture f;
    String prefix;

    @BeforeEach
    void fixture() {
        prefix = "author-screen-" + FIXTURES.incrementAndGet();
        f = new AssignmentsFixture(context, prefix);
    }

    private static Div question(int position) {
        return LocatorJ._find(Div.class, spec -> spec.withClasses("question-editor")).get(position - 1);
    }

    private static Button button(String className) {
        return LocatorJ._get(Button.class, spec -> spec.withClasses(className));
    }

    /** Title, a learner and two questions typed into a new assignment (the second one's text as given). */
    private void writeNewAssignment(String secondPrompt) {
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(AssignmentLibraryView.class);
        _click(button("new-assignment"));
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")), "たしざんの しゅくだい");
        _setValue(LocatorJ._get(TextArea.class, spec -> spec.withLabel("説明")), "{問題|もんだい}を といてね");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<RecipientOptions.Learner> learners = LocatorJ._get(MultiSelectComboBox.class,
                spec -> spec.withLabel("子ども"));
        _setValue(learners, Set.copyOf(learners.getListDataView().getItems().toList()));
        _click(button("add-question"));
        _click(button("add-question"));
        _setValue(LocatorJ._get(question(1), TextArea.class, spec -> spec.withLabel("問題文")), "1+1は？");
        _setValue(LocatorJ._get(question(1), TextField.class, spec -> spec.withLabel("選択肢 1")), "2");
        _setValue(LocatorJ._get(question(1), TextField.class, spec -> spec.withLabel("選択肢 2")), "3");
        _setValue(LocatorJ._get(question(2), TextArea.class, spec -> spec.withLabel("問題文")), secondPrompt);
        _setValue(LocatorJ._get(question(2), TextField.class, spec -> spec.withLabel("選択肢 1")), "あ");
        _setValue(LocatorJ._get(question(2), TextField.class, spec -> spec.withLabel("選択肢 2")), "い");
    }

    private List<AssignmentRow> libraryOf(TestPrincipal who) {
        return f.acting.as(who, () -> f.authoring.library());
    }

    @Test
    void a_draft_written_in_the_editor_is_saved_with_its_questions_and_recipients() {
        writeNewAssignment("どれが ひらがな？");
        _setValue(LocatorJ._get(TextArea.class, spec -> spec.withLabel("説明")), "算数の{問題|もんだい}を といてね");
        // the author's reading check follows the text: the automatic reading of 算数 is shown
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("reading-check")).getFirst().getElement()
                .getTextRecursively()).contains("よみのチェック", "算数（さんすう）");

        _click(button("save-draft"));

        AssignmentRow row = libraryOf(f.people.tutorA).getFirst();
        assertThat(row.title()).isEqualTo("たしざんの しゅくだい");
        assertThat(row.state()).isEqualTo(AssignmentState.DRAFT);
        AssignmentDetail saved = f.acting.as(f.people.tutorA, () -> f.authoring.detail(row.id()));
        assertThat(saved.questions()).extracting(AssignmentDetail.QuestionDetail::prompt)
                .containsExactly("1+1は？", "どれが ひらがな？");
        assertThat(saved.questions().getFirst().choices()).extracting(AssignmentDetail.ChoiceDetail::correct)
                .containsExactly(true, false);
        assertThat(saved.learnerIds()).containsExactly(f.people.learnerOfA);
        assertThat(LocatorJ._get(Span.class, spec -> spec.withClasses("assignment-state"))
                .getText()).isEqualTo("下書き");
    }

    @Test
    void an_empty_prompt_is_refused_beside_the_second_question_and_nothing_typed_is_lost() {
        writeNewAssignment("");

        _click(button("save-draft"));

        TextArea second = LocatorJ._get(question(2), TextArea.class, spec -> spec.withLabel("問題文"));
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("入力してください");
        assertThat(LocatorJ._get(question(1), TextArea.class, spec -> spec.withLabel("問題文")).isInvalid()).isFalse();
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")).getValue())
                .isEqualTo("たしざんの しゅくだい");
        assertThat(libraryOf(f.people.tutorA)).isEmpty();
    }

    @Test
    void publishing_asks_once_says_how_many_got_it_and_a_past_due_time_is_refused_at_the_date() {
        writeNewAssignment("どれが ひらがな？");
        _setValue(LocatorJ._get(DatePicker.class, spec -> spec.withLabel("締め切りの日")), LocalDate.now(ProgrammeZone.TOKYO).minusDays(2));
        _click(button("publish"));
        _click(button("publish-yes"));

        DatePicker due = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("締め切りの日"));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("締め切りは今より後の日時にしてください");
        assertThat(libraryOf(f.people.tutorA).getFirst().state()).isEqualTo(AssignmentState.DRAFT);

        _setValue(due, LocalDate.now(ProgrammeZone.TOKYO).plusDays(3));
        _click(button("publish"));
        assertThat(libraryOf(f.people.tutorA).getFirst().state()).isEqualTo(AssignmentState.DRAFT); // only asked
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withText(
                "選んだ子ども 1人に配布します。配布すると、子どもの「やること」にすぐ表示されます。")))
                .isNotNull();
        _click(button("publish-yes"));

        assertThat(libraryOf(f.people.tutorA).getFirst().state()).isEqualTo(AssignmentState.PUBLISHED);
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withClasses("editor-status")).getText())
                .isEqualTo("1人に配布しました。");
        assertThat(button("move-due").isVisible()).isTrue();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("publish"))).isEmpty();
    }

    @Test
    void once_a_child_has_answered_the_questions_are_read_only_and_copy_and_edit_makes_a_new_draft() {
        long id = f.published(f.people.tutorA, AssignmentsFixture.draft("かんそうぶん",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, id);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        f.acting.as(f.people.learnerA, () -> f.answering.save(submission, work.questions().getFirst().questionId(),
                DraftAnswer.text("たのしかった"), work.version()));

        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(AssignmentEditorView.class, id);

        assertThat(LocatorJ._get(question(1), TextArea.class, spec -> spec.withLabel("問題文")).isReadOnly()).isTrue();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("add-question"))).isEmpty();
        assertThat(LocatorJ._get(Div.class, spec -> spec.withClasses("frozen-note")).isVisible()).isTrue();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("save-draft"))).isEmpty();

        _click(button("copy-button"));

        List<AssignmentRow> mine = libraryOf(f.people.tutorA);
        assertThat(mine).hasSize(2);
        AssignmentRow copy = mine.getFirst();
        assertThat(copy.state()).isEqualTo(AssignmentState.DRAFT);
        assertThat(copy.title()).isEqualTo("かんそうぶん");
        assertThat(LocatorJ._get(question(1), TextArea.class, spec -> spec.withLabel("問題文")).isReadOnly()).isFalse();
    }

    @Test
    void a_child_no_longer_matched_since_the_page_opened_is_refused_in_the_page_without_an_error_logged() {
        writeNewAssignment("どれが ひらがな？");
        long match = f.jdbc.sql("select id from tutoring_match where supporter_id = ? and learner_id = ?")
                .param(f.people.supporterA).param(f.people.learnerOfA).query(Long.class).single();
        Matching matching = context.getBean(Matching.class);
        KaribuSupport.signIn(f.people.coordinatorA); // the UI's session decides who calls: the coordinator ends it
        matching.end(match, LocalDate.now(ProgrammeZone.TOKYO).minusDays(1));
        KaribuSupport.signIn(f.people.tutorA);

        try (LogCapture log = LogCapture.errors()) {
            _click(button("save-draft"));
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }

        assertThat(LocatorJ._get(Div.class, spec -> spec.withClasses("form-refusal")).getText())
                .startsWith("この操作はできません");
        assertThat(libraryOf(f.people.tutorA)).isEmpty();
    }
}
