package jp.manabiba.base.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SeriesPlan;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 4: a list with no rows says what would be there and how it gets there, in the reader's words —
 * every grid of every screen of every role has such a text, and the empty ones show it.
 */
class EmptyStatesTest extends KaribuTest {

    @Test
    void every_grid_on_every_screen_of_every_role_says_what_would_be_there() {
        PeopleFixture f = new PeopleFixture(context, "empty-all");
        long board = emptySessionOf(f);
        Map<TestPrincipal, List<String>> screens = Map.of(
                f.admin, List.of("admin", "sessions", "households", "supporters", "roster-import", "schools",
                        "organisations", "accounts", "audit", "work/completion"),
                f.coordinatorB, List.of("coordinator", "sessions", "households", "supporters", "schools",
                        "household/" + f.householdB, "learners/" + f.learnerOfB, "board/" + board, "work/review",
                        "work/results", "work/completion"),
                f.tutorA, List.of("supporter", "sessions", "work/review", "work/results"),
                f.teacher, List.of("teacher", "work/review", "work/results"));
        List<String> silent = new ArrayList<>();
        int grids = 0;
        for (var entry : screens.entrySet()) {
            KaribuSupport.signIn(entry.getKey());
            for (String screen : entry.getValue()) {
                UI.getCurrent().navigate(screen);
                for (Grid<?> grid : gridsOf(UI.getCurrent()).toList()) {
                    grids++;
                    if (grid.getEmptyStateText() == null || grid.getEmptyStateText().isBlank()) {
                        silent.add(screen + ": " + grid.getClass().getSimpleName() + " " + grid.getClassNames());
                    }
                }
            }
        }

        assertThat(grids).isGreaterThanOrEqualTo(20);
        assertThat(silent).as("grids with no empty-state text").isEmpty();
    }

    @Test
    void a_new_organisations_coordinator_is_told_how_sessions_and_attendance_arrive() {
        PeopleFixture f = new PeopleFixture(context, "empty-sessions");
        KaribuSupport.signIn(f.coordinatorB);

        UI.getCurrent().navigate("sessions");

        Grid<?> sessions = LocatorJ._get(Grid.class, spec -> spec.withClasses("sessions-grid"));
        Grid<?> perSeries = LocatorJ._get(Grid.class, spec -> spec.withClasses("series-attendance"));
        assertThat(GridKt._size(sessions)).isZero();
        assertThat(sessions.getEmptyStateText()).isEqualTo(
                "先週から6週間先までのセッションはありません。「セッションを計画」でシリーズを作ると、その日ごとのセッションがここに出ます。");
        assertThat(GridKt._size(perSeries)).isZero();
        assertThat(perSeries.getEmptyStateText()).isEqualTo(
                "過去3か月に終わったセッションはまだありません。セッションが終わると、シリーズごとの出席がここに出ます。");
    }

    @Test
    void a_tutor_without_sessions_and_a_coordinator_without_supporters_read_how_they_come() {
        PeopleFixture f = new PeopleFixture(context, "empty-homes");
        KaribuSupport.signIn(f.tutorA);
        UI.getCurrent().navigate("supporter");
        Grid<?> mine = LocatorJ._get(Grid.class, spec -> spec.withClasses("my-sessions"));
        assertThat(GridKt._size(mine)).isZero();
        assertThat(mine.getEmptyStateText()).startsWith("これから2週間に担当するセッションはありません。");

        KaribuSupport.signIn(f.coordinatorB);
        UI.getCurrent().navigate("supporters");
        Grid<?> supporters = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(supporters)).isZero();
        assertThat(supporters.getEmptyStateText()).isEqualTo("担い手はまだいません。「担い手を追加」で登録すると、ここに出ます。");
    }

    @Test
    void an_administrators_search_that_finds_nothing_says_what_to_do() {
        PeopleFixture f = new PeopleFixture(context, "empty-search");
        KaribuSupport.signIn(f.admin);
        UI.getCurrent().navigate("accounts");

        _setValue(LocatorJ._get(TextField.class), "empty-search-nobody");

        Grid<?> accounts = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(accounts)).isZero();
        assertThat(accounts.getEmptyStateText()).isEqualTo("この言葉で始まるアカウントはありません。検索の言葉を変えるか、消してください。");
    }

    @Test
    void a_child_with_no_lessons_planned_reads_so_in_kana() {
        PeopleFixture f = new PeopleFixture(context, "empty-child");
        KaribuSupport.signIn(f.learnerA);

        UI.getCurrent().navigate("learner");

        Component none = LocatorJ._get(Component.class, spec -> spec.withClasses("upcoming-none"));
        // furigana may add readings inside; the words a child reads are these
        assertThat(none.getElement().getTextRecursively()).startsWith("つぎの じゅぎょうは まだ きまって いないよ。");
    }

    /** A session of organisation B with no child in it yet, tomorrow afternoon. */
    private long emptySessionOf(PeopleFixture f) {
        Scheduling scheduling = context.getBean(Scheduling.class);
        Acting acting = new Acting(context);
        LocalDate tomorrow = LocalDate.now(ProgrammeZone.TOKYO).plusDays(1);
        DayOfWeek day = tomorrow.getDayOfWeek();
        acting.as(f.coordinatorB, () -> scheduling.createSeries(new SeriesPlan(f.organisationB, "空の学習会",
                new Place(null, "https://meet.example.jp/empty"), EnumSet.of(day), 1, tomorrow, tomorrow,
                LocalTime.of(16, 0), LocalTime.of(17, 0), 5, Set.of(), List.of(), List.of())));
        return acting.as(f.coordinatorB, () -> scheduling.sessions(tomorrow, tomorrow)).getFirst().id();
    }

    private static Stream<Grid<?>> gridsOf(Component root) {
        Stream<Grid<?>> self = root instanceof Grid<?> grid ? Stream.of(grid) : Stream.empty();
        return Stream.concat(self, root.getChildren().flatMap(EmptyStatesTest::gridsOf));
    }
}
