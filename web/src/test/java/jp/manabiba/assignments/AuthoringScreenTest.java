package jp.manabiba.assignments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jp.manabiba.assignments.ui.AssignmentEditorView;
import jp.manabiba.assignments.ui.AssignmentLibraryView;
import jp.manabiba.assignments.ui.AssignmentPreviewView;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Matching;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.SystemAccess;
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
 * The author's screens on the real services: a draft written in the editor, refusals beside their fields, publish
 * asked once, frozen questions and "copy and edit", the preview per grade, the library of one's own work, and the
 * routes refused to the wrong roles and to another tutor.
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

    private static long rubies(Component text) {
        return text.getElement().getChildren().filter(e -> !e.isTextNode() && "ruby".equals(e.getTag())).count();
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
    void the_preview_shows_furigana_for_the_chosen_grade() {
        long id = f.published(f.people.tutorA, new AssignmentDraft(null, "算数の宿題", "教科書を読もう",
                AssignmentsFixture.inDays(5), AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(AssignmentPreviewView.class, id);

        @SuppressWarnings("unchecked")
        Select<Integer> grade = LocatorJ._get(Select.class, spec -> spec.withLabel("学年"));
        _setValue(grade, 1);
        H2 firstGrade = LocatorJ._get(H2.class, spec -> spec.withClasses("child-text"));
        long rubiesAtOne = rubies(firstGrade);
        _setValue(grade, 9);
        H2 ninthGrade = LocatorJ._get(H2.class, spec -> spec.withClasses("child-text"));
        long rubiesAtNine = rubies(ninthGrade);

        assertThat(rubiesAtOne).isGreaterThan(rubiesAtNine);
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("question-panel"))).hasSize(1);
        assertThat(LocatorJ._get(TextArea.class).isReadOnly()).isTrue();
    }

    @Test
    void the_library_lists_only_the_callers_own_work() {
        f.published(f.people.tutorA, AssignmentsFixture.draft("チューターの課題", AssignmentsFixture.oneLongQuestion(),
                Set.of(f.people.learnerOfA), Set.of()));
        f.published(f.people.coordinatorA, AssignmentsFixture.draft("コーディネーターの課題",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(AssignmentLibraryView.class);

        @SuppressWarnings("unchecked")
        Grid<AssignmentRow> grid = LocatorJ._get(Grid.class);
        List<AssignmentRow> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(AssignmentRow::title).containsExactly("チューターの課題");
        assertThat(rows.getFirst().children()).isEqualTo(1);
    }

    @Test
    void a_child_and_an_administrator_are_refused_the_authoring_routes() {
        for (TestPrincipal who : List.of(f.people.learnerA, f.people.admin)) {
            KaribuSupport.signIn(who);
            for (String route : List.of("work", "work/edit", "work/edit/1", "work/preview/1")) {
                UI.getCurrent().navigate(route);
                assertThat(KaribuSupport.currentView()).as(route).isInstanceOf(AccessDeniedView.class);
            }
        }
    }

    @Test
    void another_tutor_opening_the_assignment_by_url_is_refused_and_audited() {
        long id = f.published(f.people.tutorA, AssignmentsFixture.draft("ひみつの課題", AssignmentsFixture.oneLongQuestion(),
                Set.of(f.people.learnerOfA), Set.of()));
        SupporterRecords supporters = context.getBean(SupporterRecords.class);
        context.getBean(SystemAccess.class).asAdministrator(() -> supporters.createLocalAccount(
                supporters.create(f.people.organisationA, new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT,
                        "学生", "二郎", "大阪大学", null, null, null)), prefix + "-tutor-a2"));
        TestPrincipal other = TestPrincipal.demo(context, prefix + "-tutor-a2");

        for (Class<? extends Component> view : List.of(AssignmentEditorView.class, AssignmentPreviewView.class)) {
            KaribuSupport.signIn(other);
            UI.getCurrent().navigate(view.getAnnotation(Route.class).value() + "/" + id);
            assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
        }
        AuditLog audit = context.getBean(AuditLog.class);
        KaribuSupport.signIn(f.people.admin); // the UI's session decides who calls, as in the application
        assertThat(audit.search(new AuditFilter(prefix + "-tutor-a2", null, null, null), 0, 50))
                .anySatisfy(row -> {
                    assertThat(row.action()).isEqualTo(AuditAction.REFUSED);
                    assertThat(row.recordType()).isEqualTo("assignment");
                    assertThat(row.recordId()).isEqualTo(id);
                });
    }

    @Test
    void a_save_after_someone_else_saved_says_so_and_offers_to_reopen() {
        long id = f.acting.as(f.people.tutorA, () -> f.authoring.create(AssignmentsFixture.draft("はじめの題",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of())));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(AssignmentEditorView.class, id);
        f.acting.as(f.people.tutorA, () -> f.authoring.update(id, f.authoring.detail(id).version(),
                AssignmentsFixture.draft("べつのタブの題", AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA),
                        Set.of())));

        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")), "この画面の題");
        _click(button("save-draft"));

        assertThat(LocatorJ._get(Div.class, spec -> spec.withClasses("form-refusal")).getText())
                .startsWith("ほかの人が先にこの課題を変更しました");
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")).getValue()).isEqualTo("この画面の題");
        _click(button("reopen"));
        assertThat(LocatorJ._get(TextField.class, spec -> spec.withLabel("タイトル")).getValue()).isEqualTo("べつのタブの題");
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
