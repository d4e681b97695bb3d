package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The author's library (own work only) and the preview per grade, and who may not open these screens: a child and
 * an administrator by route, another tutor by an assignment's URL (refused by the service, audited); and an
 * editor whose save comes after someone else's is told so and can reopen.
 */
class AuthoringRoutesScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    AssignmentsFixture f;
    String prefix;

    @BeforeEach
    void fixture() {
        prefix = "author-routes-" + FIXTURES.incrementAndGet();
        f = new AssignmentsFixture(context, prefix);
    }

    private static Button button(String className) {
        return LocatorJ._get(Button.class, spec -> spec.withClasses(className));
    }

    private static long rubies(Component text) {
        return text.getElement().getChildren().filter(e -> !e.isTextNode() && "ruby".equals(e.getTag())).count();
    }

    private List<AssignmentRow> libraryOf(TestPrincipal who) {
        return f.acting.as(who, () -> f.authoring.library());
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
}
