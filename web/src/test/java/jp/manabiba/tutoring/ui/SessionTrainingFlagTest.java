package jp.manabiba.tutoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.CoordinationViews;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's sessions list says, under the session, that a supporter will not be ready on its day (their
 * training lapsed after they were planned in), and what to do; the supporter stays on the session.
 */
class SessionTrainingFlagTest extends KaribuTest {

    @Test
    void a_session_with_a_supporter_not_ready_on_its_day_is_flagged_with_an_explanation() {
        CoordinationViews f = new CoordinationViews(context, "session-flag");
        KaribuSupport.signIn(f.people.coordinatorA);

        UI.getCurrent().navigate(SessionsView.class);

        Grid<?> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("sessions-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Component description = GridKt._getCellComponent(grid, 0, "description");
        assertThat(description.getElement().getTextRecursively())
                .contains("担当者の研修がこの日に有効ではありません（未修了か期限切れ）", "セッションは変更されていません");
        assertThat(description.getChildren().anyMatch(c -> c.getElement().getClassList().contains("session-training-flag"))).isTrue();
    }
}
