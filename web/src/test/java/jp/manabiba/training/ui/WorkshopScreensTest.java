package jp.manabiba.training.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.CompletionMethod;
import jp.manabiba.training.TrainingRecords;
import jp.manabiba.training.WorkshopFixture;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's workshop screens: planning in the dialog with refusals at their fields, the workshop page with
 * its waiting list and register, another organisation's workshop refused; and who may not open them.
 */
class WorkshopScreensTest extends KaribuTest {

    @Test
    void a_coordinator_plans_a_workshop_the_refusals_show_at_their_fields_and_a_good_plan_is_listed() {
        WorkshopFixture f = new WorkshopFixture(context, "ws-screen-plan");
        KaribuSupport.signIn(f.people.coordinatorA);
        UI.getCurrent().navigate(WorkshopsView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withText("研修会をつくる")));
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("研修会の名前")), "対人援助の基礎");
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("場所")), "高槻市総合市民交流センター");
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("講師")), "山田 講師");
        IntegerField capacity = LocatorJ._get(IntegerField.class, spec -> spec.withLabel("定員"));
        _setValue(capacity, 0);

        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("定員は 1〜500 人にしてください。");

        _setValue(capacity, 12);
        TimePicker end = LocatorJ._get(TimePicker.class, spec -> spec.withLabel("終了"));
        _setValue(end, LocalTime.of(12, 0));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).startsWith("終了は開始より後の時刻にしてください");

        _setValue(end, LocalTime.of(16, 30));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        Grid<?> grid = LocatorJ._get(Grid.class, spec -> spec.withClasses("workshops-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.contains("0 / 12 人"));
    }

    @Test
    void the_workshop_page_shows_the_waiting_list_and_attended_completes_the_module() {
        WorkshopFixture f = new WorkshopFixture(context, "ws-screen-one");
        long workshop = f.workshop(1);
        f.signUp(0, workshop);
        f.signUp(1, workshop);
        f.started(workshop);
        KaribuSupport.signIn(f.people.coordinatorA);

        UI.getCurrent().navigate(WorkshopView.class, workshop);

        @SuppressWarnings("unchecked")
        Grid<Object> signups = LocatorJ._get(Grid.class, spec -> spec.withClasses("workshop-signups"));
        assertThat(GridKt._size(signups)).isEqualTo(2);
        assertThat(GridKt._getFormatted(signups, 0, "state")).isEqualTo("申し込み済み");
        assertThat(GridKt._getFormatted(signups, 1, "state")).isEqualTo("キャンセル待ち（1 番目）");
        Div waiting = (Div) GridKt._getCellComponent(signups, 1, "register");
        assertThat(LocatorJ._find(waiting, Button.class)).isEmpty(); // only someone holding a seat is marked

        Div booked = (Div) GridKt._getCellComponent(signups, 0, "register");
        LocatorJ._get(booked, Button.class, spec -> spec.withText("出席")).click();

        assertThat(GridKt._getFormatted(signups, 0, "state")).isEqualTo("出席");
        TrainingRecords records = context.getBean(TrainingRecords.class);
        assertThat(f.acting.as(f.people.coordinatorA, () -> records.standing(f.supporters.get(0))).modules())
                .anyMatch(m -> m.moduleId() == f.workshopModule && m.firstDone() != null);
        assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM training_completion WHERE supporter_id = ? AND method = ? AND source_id = ?",
                Long.class, f.supporters.get(0), CompletionMethod.ATTENDANCE.name(), workshop)).isEqualTo(1L);
    }

    @Test
    void another_organisations_coordinator_gets_the_refused_page_for_the_workshop() {
        WorkshopFixture f = new WorkshopFixture(context, "ws-screen-other");
        long workshop = f.workshop(5);
        KaribuSupport.signIn(f.people.coordinatorB);

        UI.getCurrent().navigate(WorkshopView.class, workshop);

        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
    }

    @Test
    void a_teacher_a_learner_and_a_supporter_cannot_open_the_coordinators_workshop_screens() {
        for (String user : new String[] {"teacher", "learner", "tutor"}) {
            KaribuSupport.signIn(TestPrincipal.demo(context, user));
            for (String route : new String[] {"training/workshops", "training/approvals"}) {
                UI.getCurrent().navigate(route);
                assertThat(KaribuSupport.currentView()).as(user + " on " + route).isInstanceOf(AccessDeniedView.class);
            }
        }
    }
}
