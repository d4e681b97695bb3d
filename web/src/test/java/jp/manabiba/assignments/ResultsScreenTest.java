package jp.manabiba.assignments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import jp.manabiba.assignments.ui.CompletionView;
import jp.manabiba.assignments.ui.ResultsView;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.people.PupilRow;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teacher's results (per assignment and per pupil, with CSV in UTF-8 with a BOM) and the coordinator's
 * completion rates, which count a child enrolled later in a series who never opened やること; who is refused.
 */
class ResultsScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();
    private static final String BOM = "\uFEFF";

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "results-screen-" + FIXTURES.incrementAndGet());
    }

    /** The child writes the one long answer and hands in. */
    private void handIn(long assignment) {
        long submission = f.submissionOf(f.people.learnerA, assignment);
        f.acting.as(f.people.learnerA, () -> {
            WorkView work = f.answering.open(submission);
            long version = f.answering.save(submission, work.questions().getFirst().questionId(),
                    DraftAnswer.text("できた"), work.version()).version();
            f.answering.submit(submission, version);
        });
    }

    private static String csv(Anchor export) {
        return new String(DownloadKt._download(export), StandardCharsets.UTF_8);
    }

    @Test
    void a_teacher_sees_each_pupils_result_per_assignment_and_per_pupil_and_exports_them_with_a_bom() {
        long assignment = f.published(f.people.teacher, AssignmentsFixture.draft("きょうの ふりかえり",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
        handIn(assignment);
        KaribuSupport.signIn(f.people.teacher);
        UI.getCurrent().navigate(ResultsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<WorkOption> work = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("課題"));
        _setValue(work, work.getListDataView().getItems().filter(o -> o.id() == assignment).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<PupilResult> perAssignment = LocatorJ._get(Grid.class, spec -> spec.withClasses("results-per-assignment"));
        assertThat(GridKt._size(perAssignment)).isEqualTo(2);
        PupilResult handedIn = GridKt._findAll(perAssignment).stream()
                .filter(r -> r.learnerId() == f.people.learnerOfA).findFirst().orElseThrow();
        assertThat(handedIn.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(handedIn.maxScore()).isEqualTo(10);

        List<Anchor> exports = LocatorJ._find(Anchor.class, spec -> spec.withText("CSVで書き出す"));
        String file = csv(exports.getFirst());
        assertThat(file).startsWith(BOM + "子ども,状態,点数,満点,期限後,提出日時\r\n");
        assertThat(file.lines()).hasSize(3);
        assertThat(file).contains(handedIn.learnerName() + ",提出済み,,10,,");

        @SuppressWarnings("unchecked")
        ComboBox<PupilRow> pupil = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("児童・生徒"));
        _setValue(pupil, pupil.getListDataView().getItems().filter(p -> p.id() == f.people.learnerOfA).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<PupilResult> perPupil = LocatorJ._get(Grid.class, spec -> spec.withClasses("results-per-pupil"));
        assertThat(GridKt._size(perPupil)).isEqualTo(1);
        String pupilFile = csv(exports.get(1));
        assertThat(pupilFile).startsWith(BOM + "課題,締め切り,状態,点数,満点,期限後,提出日時\r\n");
        assertThat(pupilFile).contains("きょうの ふりかえり,");
    }

    @Test
    void completion_counts_a_child_enrolled_later_in_the_series_who_never_opened_their_todo() {
        long series = f.series(); // child A is enrolled
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("シリーズの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(series)));
        handIn(assignment);
        f.enrolLater(series, f.learnerOfA2); // and never opens やること

        KaribuSupport.signIn(f.people.coordinatorA);
        UI.getCurrent().navigate(CompletionView.class);

        @SuppressWarnings("unchecked")
        Grid<CompletionRate> perSeries = LocatorJ._get(Grid.class, spec -> spec.withClasses("completion-series"));
        CompletionRate rate = GridKt._findAll(perSeries).stream().filter(r -> r.id() == series).findFirst().orElseThrow();
        assertThat(rate.given()).isEqualTo(2);
        assertThat(rate.handedIn()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<CompletionRate> perOrganisation = LocatorJ._get(Grid.class, spec -> spec.withClasses("completion-organisations"));
        assertThat(GridKt._findAll(perOrganisation)).singleElement().satisfies(r -> assertThat(r.given()).isEqualTo(2));

        String file = csv(LocatorJ._find(Anchor.class, spec -> spec.withText("CSVで書き出す")).get(1));
        assertThat(file).startsWith(BOM + "シリーズ,渡した数,提出,完了,期限後,提出率\r\n");
        assertThat(file).contains("課題テスト学習会,2,1,0,0,50.0%");
    }

    @Test
    void a_child_enrolled_in_a_series_is_given_its_open_work_at_enrolment_without_anyone_opening_a_screen() {
        long series = f.series();
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("あとから はいった こ",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(series)));

        f.enrolLater(series, f.learnerOfA2);

        assertThat(f.jdbc.sql("select count(*) from assignment_submission where assignment_id = ? and learner_id = ?")
                .param(assignment).param(f.learnerOfA2).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_learner_is_refused_the_results_routes_and_a_stranger_coordinator_sees_none_of_the_figures() {
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("ひみつの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        KaribuSupport.signIn(f.people.learnerA);
        for (String route : List.of("work/results", "work/completion")) {
            UI.getCurrent().navigate(route);
            assertThat(KaribuSupport.currentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
        KaribuSupport.signIn(f.people.teacher);
        UI.getCurrent().navigate("work/completion");
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);

        KaribuSupport.signIn(f.people.coordinatorB);
        UI.getCurrent().navigate(ResultsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<WorkOption> work = LocatorJ._get(ComboBox.class, spec -> spec.withLabel("課題"));
        assertThat(work.getListDataView().getItems().map(WorkOption::id)).doesNotContain(assignment);
        UI.getCurrent().navigate(CompletionView.class);
        assertThat(GridKt._size(LocatorJ._get(Grid.class, spec -> spec.withClasses("completion-organisations")))).isZero();
    }
}
