package jp.manabiba.learning.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.icon.Icon;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.testing.KaribuTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress picture: each state drawn as its own step, and the same said in words for screen readers. */
class UnitProgressTest extends KaribuTest {

    @Test
    void a_new_unit_shows_every_step_still_to_do() {
        UnitProgress progress = new UnitProgress(card(0, false, null, false));

        assertThat(states(progress)).containsExactly("rating todo", "lesson todo", "lesson todo", "lesson todo",
                "action todo", "rating todo");
        assertThat(progress.description()).isEqualTo(
                "はじめの じぶん: まだ。べんきょう: 3こ の うち 0こ おわった。まちでの かつどう: まだ。おわりの じぶん: まだ。");
        assertThat(progress.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(progress.getElement().getAttribute("aria-label")).isEqualTo(progress.description());
    }

    @Test
    void a_unit_under_way_shows_the_start_rating_lessons_done_and_the_planned_action() {
        UnitProgress progress = new UnitProgress(card(2, true, ActionState.PLANNED, false));

        assertThat(states(progress)).containsExactly("rating done", "lesson done", "lesson done", "lesson todo",
                "action planned", "rating todo");
        assertThat(progress.description()).contains("えらんだ", "3こ の うち 2こ", "けいかくした");
    }

    @Test
    void a_finished_unit_shows_every_step_done() {
        UnitProgress progress = new UnitProgress(card(3, true, ActionState.REPORTED, true));

        assertThat(states(progress)).allSatisfy(state -> assertThat(state).endsWith("done"));
        assertThat(progress.description()).endsWith("まちでの かつどう: やった。おわりの じぶん: えらんだ。");
    }

    private static MyUnitCard card(int done, boolean start, @Nullable ActionState action, boolean end) {
        return new MyUnitCard("u", "たんげん", done, 3, done < 3 ? "l" + (done + 1) : null, "l1", "l3", start, end, action);
    }

    /** Each step as "kind state", in order. */
    private static List<String> states(UnitProgress progress) {
        return LocatorJ._find(progress, Icon.class).stream().map(icon -> kind(icon) + " " + state(icon)).toList();
    }

    private static String kind(Icon icon) {
        return icon.getClassNames().stream().filter(c -> c.matches("progress-(rating|lesson|action)"))
                .findFirst().orElseThrow().substring("progress-".length());
    }

    private static String state(Icon icon) {
        return icon.getClassNames().stream().filter(c -> c.matches("progress-(todo|done|planned)"))
                .findFirst().orElseThrow().substring("progress-".length());
    }
}
