package jp.manabiba.assignments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.CurrentInstance;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.home.ui.MyAccountView;
import jp.manabiba.learning.LessonBroadcaster;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.LessonsNow;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitLibrary;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.BoardState;
import jp.manabiba.tutoring.ui.SessionBoardView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tutor's live board with the columns of later features: each child's work for the session (assignments) and
 * the ESD lesson they are on (learning), both redrawn by push when a child acts in another browser.
 */
class BoardColumnsTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();
    private static final String FOOD = "food-loss-kodomo-shokudo";
    private static final String WORK = "work.board.header";
    private static final String LESSON = "learning.board.header";

    @Autowired
    UnitAssignments units;
    @Autowired
    UnitLibrary library;
    @Autowired
    LessonWork lessonWork;
    @Autowired
    LessonsNow lessonsNow;
    @Autowired
    WorkBroadcaster workBroadcaster;
    @Autowired
    LessonBroadcaster lessonBroadcaster;
    @Autowired
    AuditLog audit;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "board-columns-" + FIXTURES.incrementAndGet());
    }

    @Test
    void the_board_shows_each_childs_work_and_lesson_and_redraws_when_a_child_saves() {
        long session = LiveSessions.startingSoon(context, f, List.of(f.people.learnerOfA, f.learnerOfA2),
                List.of(f.people.supporterA));
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("きょうの ふりかえり",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(LiveSessions.seriesOf(f, session))));
        f.acting.as(f.people.coordinatorA, () -> units.assignToLearners(FOOD, List.of(f.people.learnerOfA, f.learnerOfA2)));
        saveDraft(f.people.learnerA, f.submissionOf(f.people.learnerA, assignment));
        f.acting.as(f.people.learnerA, () -> lessonWork.open(FOOD, "reading-dates"));
        long submissionOfA2 = f.submissionOf(f.learnerA2, assignment);

        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(SessionBoardView.class, session);
        @SuppressWarnings("unchecked")
        Grid<BoardState.Child> grid = LocatorJ._get(Grid.class);
        assertThat(GridKt._getColumnByKey(grid, WORK).getHeaderText()).isEqualTo("きょうの課題");
        assertThat(cell(grid, f.people.learnerOfA, WORK)).isEqualTo("とりくみ中");
        assertThat(cell(grid, f.learnerOfA2, WORK)).isEqualTo("まだ");
        assertThat(cell(grid, f.people.learnerOfA, LESSON)).contains(lessonTitle("reading-dates"))
                .contains(library.unit(FOOD).orElseThrow().title().ja());
        assertThat(cell(grid, f.learnerOfA2, LESSON)).isEqualTo("—");

        // the second child works in their own browser: lesson and work arrive on the open board by push
        Map<Class<?>, CurrentInstance> tutors = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            f.acting.as(f.learnerA2, () -> lessonWork.save(FOOD, "loss-reflect", "のこさない", null));
            saveDraft(f.learnerA2, submissionOfA2);
        } finally {
            CurrentInstance.restoreInstances(tutors);
        }
        KaribuSupport.awaitPush(() -> cell(grid, f.learnerOfA2, LESSON).contains(lessonTitle("what-is-food-loss"))
                && cell(grid, f.learnerOfA2, WORK).equals("とりくみ中"));
        assertThat(cell(grid, f.learnerOfA2, LESSON)).contains(lessonTitle("what-is-food-loss"));
        assertThat(cell(grid, f.learnerOfA2, WORK)).isEqualTo("とりくみ中");

        assertThat(workBroadcaster.listenerCount(f.learnerOfA2)).isEqualTo(1);
        UI.getCurrent().navigate(MyAccountView.class);
        assertThat(workBroadcaster.listenerCount(f.learnerOfA2)).as("no listener left once the board closed").isZero();
        assertThat(lessonBroadcaster.listenerCount(f.learnerOfA2)).isZero();
    }

    @Test
    void ending_the_session_from_the_board_asks_once_and_the_board_then_says_it_ended() {
        long session = LiveSessions.startingSoon(context, f, List.of(f.people.learnerOfA), List.of(f.people.supporterA));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(SessionBoardView.class, session);

        _click(LocatorJ._get(Button.class, spec -> spec.withText("セッションを終える")));
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("終えますか");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(LocatorJ._find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("このセッションは終わりました。出欠は確定しています。");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("セッションを終える"))).isEmpty();
    }

    @Test
    void a_tutor_who_does_not_run_the_session_is_refused_the_lessons_and_the_try_is_audited() {
        long notTheirs = LiveSessions.startingSoon(context, f, List.of(f.people.learnerOfA), List.of());

        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> lessonsNow.ofSession(notTheirs, Locale.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.coordinatorB, () -> lessonsNow.ofSession(notTheirs, Locale.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> lessonsNow.ofSession(notTheirs, Locale.JAPANESE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.acting.as(f.people.admin, () -> audit.search(
                new AuditFilter(f.people.tutorA.username(), "session", null, null), 0, 50)))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.REFUSED);
                    assertThat(entry.recordId()).isEqualTo(notTheirs);
                });
        assertThat(f.acting.as(f.people.coordinatorA, () -> lessonsNow.ofSession(notTheirs, Locale.JAPANESE)))
                .as("its organisation's coordinator may look").isEmpty();
    }

    private void saveDraft(TestPrincipal child, long submission) {
        f.acting.as(child, () -> {
            WorkView work = f.answering.open(submission);
            return f.answering.save(submission, work.questions().getFirst().questionId(), DraftAnswer.text("かいてる"),
                    work.version());
        });
    }

    private String lessonTitle(String lessonId) {
        return library.unit(FOOD).orElseThrow().lesson(lessonId).orElseThrow().title().ja();
    }

    private static String cell(Grid<BoardState.Child> grid, long learnerId, String key) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).learnerId() == learnerId) {
                return GridKt._getCellComponent(grid, row, key).getElement().getTextRecursively();
            }
        }
        throw new AssertionError("no row for learner " + learnerId);
    }
}
