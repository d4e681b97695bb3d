package jp.manabiba.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.CoordinationViews;
import org.junit.jupiter.api.Test;

/** 研修の状況: three groups with their counts, why each blocked supporter is blocked, names that open the record. */
class TrainingOverviewViewTest extends KaribuTest {

    @Test
    void the_coordinator_sees_the_three_groups_and_why_a_supporter_is_blocked() {
        CoordinationViews f = new CoordinationViews(context, "overview-view");
        KaribuSupport.signIn(f.people.coordinatorA);

        UI.getCurrent().navigate("training/supporters");

        assertThat(LocatorJ._find(KaribuSupport.currentView(), H2.class)).extracting(H2::getText).containsExactly(
                "まだ子どもと活動できない（1人）", "60日以内に期限が切れる（1人）", "子どもと活動できる（2人）");
        Grid<?> blocked = LocatorJ._get(Grid.class, spec -> spec.withClasses("training-blocked"));
        assertThat(GridKt._size(blocked)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(blocked, 0)).anySatisfy(cell -> assertThat(cell)
                .isEqualTo("子どもを守る：打ち明けられたときの対応、子どもと家庭の個人情報を守る"));
        Div committed = (Div) GridKt._getCellComponent(blocked, 0, "commitments");
        assertThat(committed.hasClassName("training-committed")).isTrue();
        assertThat(committed.getElement().getTextRecursively()).contains("先に対応が必要", "予定：1回のセッション", "マッチング中：1人");
        Grid<?> expiring = LocatorJ._get(Grid.class, spec -> spec.withClasses("training-expiring"));
        assertThat(GridKt._getFormattedRow(expiring, 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("子どもを守る：打ち明けられたときの対応（").endsWith("まで）"));
        RouterLink link = (RouterLink) GridKt._getCellComponent(blocked, 0, "name");
        assertThat(link.getText()).isEqualTo("未修 花子");
        assertThat(link.getHref()).isEqualTo("training/supporters/" + f.untrained);
    }

    @Test
    void a_tutor_is_shown_the_access_denied_page() {
        CoordinationViews f = new CoordinationViews(context, "overview-denied");
        KaribuSupport.signIn(f.people.tutorA);

        UI.getCurrent().navigate("training/supporters");

        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }
}
