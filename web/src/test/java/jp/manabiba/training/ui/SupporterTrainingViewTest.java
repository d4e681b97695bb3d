package jp.manabiba.training.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.CoordinationViews;
import jp.manabiba.training.HistoryLines.ModuleOption;
import org.junit.jupiter.api.Test;

/**
 * One supporter's training record: the track's progress with the statuses the supporter sees, the completions
 * with who recorded them, and a completion recorded here (a date in the future refused at its field).
 */
class SupporterTrainingViewTest extends KaribuTest {

    @Test
    void the_coordinator_reads_the_progress_and_records_a_completion_done_elsewhere() {
        CoordinationViews f = new CoordinationViews(context, "record-view");
        KaribuSupport.signIn(f.people.coordinatorA);

        UI.getCurrent().navigate("training/supporters/" + f.untrained);

        Grid<?> progress = LocatorJ._get(Grid.class, spec -> spec.withClasses("training-progress"));
        assertThat(GridKt._size(progress)).isEqualTo(7);
        assertThat(GridKt._getFormattedRow(progress, 0)).containsSubsequence("子どもを守る：打ち明けられたときの対応",
                "子どもと活動する前に必須", "未修了");
        Grid<?> history = LocatorJ._get(Grid.class, spec -> spec.withClasses("training-history"));
        assertThat(GridKt._size(history)).isZero();

        _click(LocatorJ._get(Button.class, spec -> spec.withText("研修の修了を記録")));
        @SuppressWarnings("unchecked")
        Select<ModuleOption> module = LocatorJ._get(Select.class, spec -> spec.withLabel("研修"));
        module.setValue(module.getListDataView().getItems()
                .filter(option -> option.id() == f.moduleId("child-safeguarding")).findFirst().orElseThrow());
        DatePicker completedOn = LocatorJ._get(DatePicker.class, spec -> spec.withLabel("修了日"));
        _setValue(completedOn, f.today().plusDays(1));
        _setValue(LocatorJ._get(TextField.class, spec -> spec.withLabel("メモ")), "市の研修（紙の名簿）");
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));
        assertThat(completedOn.isInvalid()).isTrue();
        assertThat(completedOn.getErrorMessage()).isEqualTo("修了日に未来の日付は入れられません。");

        _setValue(completedOn, f.today());
        _click(LocatorJ._get(Button.class, spec -> spec.withText("保存する")));

        history = LocatorJ._get(Grid.class, spec -> spec.withClasses("training-history"));
        assertThat(GridKt._getFormattedRow(history, 0)).containsSubsequence("子どもを守る：打ち明けられたときの対応",
                "コーディネーターが記録", "record-view-coord-a", "市の研修（紙の名簿）");
        progress = LocatorJ._get(Grid.class, spec -> spec.withClasses("training-progress"));
        assertThat(GridKt._getFormattedRow(progress, 0)).contains("修了");
    }

    @Test
    void another_organisations_coordinator_gets_the_refused_record_page_and_a_tutor_the_denied_page() {
        CoordinationViews f = new CoordinationViews(context, "record-denied");
        KaribuSupport.signIn(f.people.coordinatorB);
        UI.getCurrent().navigate("training/supporters/" + f.people.supporterA);
        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);

        KaribuSupport.signIn(f.people.tutorA);
        UI.getCurrent().navigate("training/supporters/" + f.people.supporterA);
        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }
}
