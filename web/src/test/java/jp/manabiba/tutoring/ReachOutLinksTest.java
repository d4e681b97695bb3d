package jp.manabiba.tutoring;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.home.ui.CoordinatorHomeView;
import jp.manabiba.people.ui.LearnerView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.RouterLinkKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's "missed their last three sessions" names lead to each child's page (issue 7, point 15). */
class ReachOutLinksTest extends KaribuTest {

    @Test
    void a_child_who_missed_three_sessions_links_to_their_learner_page() {
        TutoringFixture f = new TutoringFixture(context, "reach-out");
        SessionBoard board = context.getBean(SessionBoard.class);
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            long session = f.session(Duration.ofDays(-daysAgo), Duration.ofMinutes(60), List.of(f.people.learnerOfA),
                    List.of(f.people.supporterA));
            f.acting.as(f.people.tutorA, () -> board.end(session));
        }
        KaribuSupport.signIn(f.people.coordinatorA);
        UI.getCurrent().navigate(CoordinatorHomeView.class);

        RouterLink link = LocatorJ._get(RouterLink.class, spec -> spec.withText("青木 みらい")
                .withPredicate(l -> l.getHref().endsWith("/" + f.people.learnerOfA)));
        _click(link);

        assertThat(KaribuSupport.currentView()).isInstanceOf(LearnerView.class);
    }
}
