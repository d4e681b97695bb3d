package jp.manabiba.learning.ui;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static jp.manabiba.learning.ui.ChildUnitFixture.FOOD;
import static jp.manabiba.learning.ui.ChildUnitFixture.NOT_GIVEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The community action: a plan, then a report; what the service refuses is shown at its field, nothing typed lost. */
class CommunityActionViewTest extends KaribuTest {

    @Test
    void a_child_plans_and_reports_and_a_refused_field_says_why_beside_it() {
        ChildUnitFixture f = new ChildUnitFixture(context, "action-view");
        LocalDate today = LocalDate.now(ProgrammeZone.TOKYO);
        ChildUnitFixture.openAction(FOOD);
        ActionPlanForm plan = LocatorJ._get(ActionPlanForm.class);
        assertThat(LocatorJ._find(ActionReportForm.class)).as("a report needs a plan first").isEmpty();

        TextArea what = LocatorJ._get(plan, TextArea.class, spec -> spec.withLabel("なにを する？"));
        _setValue(LocatorJ._get(plan, TextField.class, spec -> spec.withLabel("だれと？")), "おかあさん");
        _setValue(LocatorJ._get(plan, DatePicker.class, spec -> spec.withLabel("いつ？")), today);
        _click(LocatorJ._get(plan, Button.class, spec -> spec.withClasses("save-plan")));
        assertThat(what.isInvalid()).as("nothing written").isTrue();
        assertThat(what.getErrorMessage()).isNotBlank();
        assertThat(status(plan)).isEqualTo("まだ ほぞんしていないよ。あかい ところを みてね。");

        _setValue(what, "あ".repeat(401));
        _click(LocatorJ._get(plan, Button.class, spec -> spec.withClasses("save-plan")));
        assertThat(what.isInvalid()).as("too long").isTrue();
        assertThat(what.getErrorMessage()).contains("400");

        _setValue(what, "こども しょくどうに おこめを もっていく");
        _click(LocatorJ._get(plan, Button.class, spec -> spec.withClasses("save-plan")));
        assertThat(what.isInvalid()).isFalse();
        assertThat(status(plan)).startsWith("ほぞんしました ");

        ActionReportForm report = LocatorJ._get(ActionReportForm.class);
        assertThat(report.isVisible()).isTrue();
        _setValue(LocatorJ._get(report, TextArea.class, spec -> spec.withLabel("なにが あった？")), "おこめを 2キロ もっていった");
        _setValue(LocatorJ._get(report, DatePicker.class, spec -> spec.withLabel("やった ひ")), today);
        IntegerField howLong = LocatorJ._get(report, IntegerField.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> unit = LocatorJ._get(report, RadioButtonGroup.class);
        _setValue(unit, ActionReportForm.HOURS);
        _setValue(howLong, 11);
        _click(LocatorJ._get(report, Button.class, spec -> spec.withClasses("save-report")));
        assertThat(howLong.isInvalid()).isTrue();
        assertThat(howLong.getErrorMessage()).isEqualTo("1じかんから10じかんまでで かいてね。");

        _setValue(howLong, 1);
        _click(LocatorJ._get(report, Button.class, spec -> spec.withClasses("save-report")));
        assertThat(howLong.isInvalid()).isFalse();
        assertThat(status(report)).startsWith("ほぞんしました ");
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withClasses("action-thanks")).isVisible()).isTrue();
        assertThat(LocatorJ._get(RouterLink.class, spec -> spec.withClasses("open-rating-end")).isVisible())
                .as("on to the end rating").isTrue();

        f.secondDevice();
        ChildUnitFixture.openAction(FOOD);
        ActionReportForm again = LocatorJ._get(ActionReportForm.class);
        assertThat(LocatorJ._get(again, IntegerField.class).getValue()).as("kept in minutes").isEqualTo(60);
        assertThat(LocatorJ._get(again, TextArea.class, spec -> spec.withLabel("なにが あった？")).isReadOnly())
                .as("a report is made once").isTrue();
        assertThat(LocatorJ._get(UnitProgress.class).description()).contains("まちでの かつどう: やった");
    }

    @Test
    void an_empty_report_is_refused_at_its_fields_and_the_plan_stays() {
        ChildUnitFixture f = new ChildUnitFixture(context, "action-empty");
        ChildUnitFixture.openAction(FOOD);
        ActionPlanForm plan = LocatorJ._get(ActionPlanForm.class);
        _setValue(LocatorJ._get(plan, TextArea.class), "ちらしを つくる");
        _setValue(LocatorJ._get(plan, TextField.class), "ともだち");
        _setValue(LocatorJ._get(plan, DatePicker.class), LocalDate.now(ProgrammeZone.TOKYO));
        _click(LocatorJ._get(plan, Button.class, spec -> spec.withClasses("save-plan")));

        ActionReportForm report = LocatorJ._get(ActionReportForm.class);
        _click(LocatorJ._get(report, Button.class, spec -> spec.withClasses("save-report")));
        assertThat(LocatorJ._get(report, TextArea.class, spec -> spec.withLabel("なにが あった？")).isInvalid()).isTrue();

        f.secondDevice();
        ChildUnitFixture.openAction(FOOD);
        assertThat(LocatorJ._get(LocatorJ._get(ActionPlanForm.class), TextArea.class).getValue()).isEqualTo("ちらしを つくる");
    }

    @Test
    void a_child_cannot_act_on_a_unit_not_given_to_them_and_the_try_is_audited() {
        ChildUnitFixture f = new ChildUnitFixture(context, "action-stranger");

        ChildUnitFixture.openAction(NOT_GIVEN);

        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
        assertThat(LocatorJ._find(ActionPlanForm.class)).isEmpty();
        assertThat(f.refusalsOn("community-action")).isNotEmpty();
    }

    @Test
    void an_adult_cannot_open_a_childs_action_screen() {
        ChildUnitFixture f = new ChildUnitFixture(context, "action-adult");
        KaribuSupport.signIn(f.people.teacher);

        UI.getCurrent().navigate("learner/action/" + FOOD);

        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }

    private static String status(com.vaadin.flow.component.Component form) {
        return LocatorJ._get(form, Span.class, spec -> spec.withClasses("save-status")).getText();
    }
}
