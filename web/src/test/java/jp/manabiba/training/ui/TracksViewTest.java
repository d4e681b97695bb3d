package jp.manabiba.training.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.CoordinationViews;
import jp.manabiba.training.TrackAdministration;
import jp.manabiba.training.TrackLines.TrackPlan;
import org.junit.jupiter.api.Test;

/** 研修の設定: a module's bad hours told at the field; a track saved meanwhile by someone else is said plainly. */
class TracksViewTest extends KaribuTest {

    @Test
    void a_module_with_hours_not_in_half_hours_is_refused_at_the_hours_field() {
        CoordinationViews f = new CoordinationViews(context, "tracks-view");
        KaribuSupport.signIn(f.people.admin);
        UI.getCurrent().navigate("training/tracks");
        assertThat(GridKt._size(LocatorJ._get(Grid.class, spec -> spec.withClasses("training-modules")))).isGreaterThanOrEqualTo(8);

        _click(LocatorJ._get(Button.class, spec -> spec.withText("研修を追加")));
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("コード")), "tracks-view-cpr");
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("名前")), "救命講習の更新");
        TextField hours = LocatorJ._get(TextField.class, spec -> spec.withLabel("時間"));
        _setValue(hours, "1.25");
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("時間は0.5時間きざみで、0より大きく100以下にしてください。");
    }

    @Test
    void a_track_saved_by_someone_else_meanwhile_is_refused_with_a_clear_message() {
        CoordinationViews f = new CoordinationViews(context, "tracks-conflict");
        Acting acting = new Acting(context);
        TrackAdministration administration = context.getBean(TrackAdministration.class);
        acting.as(f.people.admin, () -> administration.copyNetworkTrack(f.people.organisationA, SupporterCategory.PARENT));
        KaribuSupport.signIn(f.people.admin);
        UI.getCurrent().navigate("training/tracks");
        @SuppressWarnings("unchecked")
        Select<TrackEditor.Scope> scope = LocatorJ._get(Select.class, spec -> spec.withLabel("対象"));
        scope.setValue(scope.getListDataView().getItems()
                .filter(s -> s.name().equals("tracks-conflict 団体A")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<SupporterCategory> category = LocatorJ._get(Select.class, spec -> spec.withLabel("区分"));
        category.setValue(SupporterCategory.PARENT);

        TrackPlan meanwhile = acting.as(f.people.admin, () -> administration.track(f.people.organisationA, SupporterCategory.PARENT));
        acting.as(f.people.admin, () -> administration.saveTrack(meanwhile.trackId(), meanwhile.version(),
                meanwhile.lines().stream().limit(3).map(l -> new jp.manabiba.training.TrackLines.TrackChoice(l.moduleId(),
                        l.requirement())).toList()));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("コースを保存")));

        assertThat(LocatorJ._get(Div.class, spec -> spec.withClasses("form-refusal")).getText())
                .isEqualTo("ほかの人がこのコースを先に保存しました。変更は保存していません。読み込み直してから、もう一度変更してください。");
    }

    @Test
    void a_coordinator_is_shown_the_access_denied_page() {
        CoordinationViews f = new CoordinationViews(context, "tracks-denied");
        KaribuSupport.signIn(f.people.coordinatorA);

        UI.getCurrent().navigate("training/tracks");

        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }
}
