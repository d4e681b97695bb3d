package jp.manabiba.tutoring;

import java.time.Duration;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.CurrentInstance;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import tools.jackson.databind.node.JsonNodeFactory;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.home.ui.MyAccountView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.ui.SessionBoardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tutor's board in one UI redraws through push when a child acts from another session, and a closed board
 * leaves no listener behind.
 */
class LiveBoardTest extends KaribuTest {

    @Autowired
    SessionBroadcaster broadcaster;
    @Autowired
    LearnerSessions learnerSessions;

    @Test
    void a_childs_join_in_another_session_appears_on_the_open_board() {
        TutoringFixture f = new TutoringFixture(context, "live-board");
        long session = f.sessionStartingIn(Duration.ofMinutes(5));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(SessionBoardView.class, session);
        @SuppressWarnings("unchecked")
        Grid<BoardState.Child> children = LocatorJ._get(Grid.class);
        assertThat(GridKt._get(children, 0).state()).isEqualTo(AttendanceState.NOT_YET);
        assertThat(broadcaster.listenerCount(session)).isEqualTo(1);

        // the child acts from their own browser: another Vaadin session, another user, another thread of work
        Map<Class<?>, CurrentInstance> tutorsUi = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            f.acting.as(f.learner(), () -> learnerSessions.join(session));
        } finally {
            CurrentInstance.restoreInstances(tutorsUi);
        }
        KaribuSupport.awaitPush(() -> GridKt._get(children, 0).state() == AttendanceState.JOINED);

        assertThat(GridKt._get(children, 0).state()).isEqualTo(AttendanceState.JOINED);
        // the join time shows from the moment of joining, not only once the session is over
        assertThat(GridKt._getFormatted(GridKt._getColumnByHeader(children, "参加時間"), GridKt._get(children, 0)))
                .matches("\\d{1,2}:\\d{2} から");
    }

    @Test
    void a_closed_board_leaves_no_listener_behind() {
        TutoringFixture f = new TutoringFixture(context, "live-board-close");
        long session = f.sessionStartingIn(Duration.ofMinutes(5));
        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate(SessionBoardView.class, session);
        assertThat(broadcaster.listenerCount(session)).isEqualTo(1);

        UI.getCurrent().navigate(MyAccountView.class);

        assertThat(broadcaster.listenerCount(session)).isZero();
    }

    @Test
    void the_child_joins_with_one_big_button_and_then_can_raise_a_hand() {
        TutoringFixture f = new TutoringFixture(context, "child-home");
        long session = f.session(Duration.ofMinutes(5), Duration.ofMinutes(60), java.util.List.of(f.people.learnerOfA),
                java.util.List.of(f.people.supporterA));
        KaribuSupport.signIn(f.learner());
        UI.getCurrent().navigate(LearnerHomeView.class);

        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("join-link")))
                .singleElement().satisfies(link -> assertThat(link.getHref()).isEqualTo("https://meet.example.jp/test"));
        // the browser opens the meeting itself; the click also reaches the server, which records attendance
        Element link = LocatorJ._get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("join-link")).getElement();
        ElementUtilsKt._fireDomEvent(link, new DomEvent(link, "click", JsonNodeFactory.instance.objectNode()));

        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("さんか ちゅう だよ。"))).hasSize(1);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("てを あげる")));

        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("せんせいに しらせたよ。まっててね。"))).hasSize(1);
    }
}
