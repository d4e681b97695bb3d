package jp.manabiba.home.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.Place;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.SessionRow;
import jp.manabiba.tutoring.SeriesPlan;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 5: a tutor in a daily series sees the next two weeks, not two months in one page, and gets the
 * later ones on asking; a list longer than a screen scrolls inside one screen's height instead of growing the page.
 */
class LongListsTest extends KaribuTest {

    @Test
    void a_tutor_in_a_daily_series_sees_two_weeks_and_the_later_sessions_on_asking() {
        PeopleFixture f = new PeopleFixture(context, "long-home");
        LocalDate tomorrow = LocalDate.now(ProgrammeZone.TOKYO).plusDays(1);
        Acting acting = new Acting(context);
        acting.as(f.coordinatorA, () -> context.getBean(Scheduling.class).createSeries(new SeriesPlan(f.organisationA,
                "毎日の学習会", new Place(null, "https://meet.example.jp/daily"), EnumSet.allOf(DayOfWeek.class), 1,
                tomorrow, tomorrow.plusDays(49), LocalTime.of(16, 0), LocalTime.of(17, 0), 5, Set.of(),
                List.of(f.learnerOfA), List.of(f.supporterA))));
        KaribuSupport.signIn(f.tutorA);

        UI.getCurrent().navigate("supporter");

        @SuppressWarnings("unchecked")
        Grid<SessionRow> mine = LocatorJ._get(Grid.class, spec -> spec.withClasses("my-sessions"));
        Instant twoWeeks = Instant.now().plus(14, ChronoUnit.DAYS);
        int soon = GridKt._size(mine);
        assertThat(soon).isBetween(13, 14);
        assertThat(GridKt._findAll(mine)).allSatisfy(row -> assertThat(row.startsAt()).isBefore(twoWeeks));
        assertThat(mine.isAllRowsVisible()).as("more rows than a screen scroll inside it").isFalse();
        assertThat(mine.getHeight()).isNotNull();

        Button more = LocatorJ._get(Button.class, spec -> spec.withClasses("more-sessions"));
        assertThat(more.getText()).isEqualTo("2週間より先のセッションも見る（" + (50 - soon) + "件）");
        _click(more);

        assertThat(GridKt._size(mine)).isEqualTo(50);
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("more-sessions"))).isEmpty();
    }

    @Test
    void a_short_list_shows_every_row_and_a_long_one_one_screenful() {
        Grid<Integer> grid = new Grid<>();

        Screenful.show(grid, List.of(1, 2, 3));
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();

        Screenful.show(grid, java.util.stream.IntStream.range(0, 200).boxed().toList());
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getHeight()).isEqualTo("34rem");
        assertThat(GridKt._size(grid)).isEqualTo(200);
    }
}
