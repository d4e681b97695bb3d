package jp.manabiba.learning.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.learning.ActionPlan;
import jp.manabiba.learning.ActionReport;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyAction;
import jp.manabiba.learning.MyActions;
import org.jspecify.annotations.Nullable;

/**
 * The child's community action for one unit: the plan (what, with whom, when), and once planned the report
 * (what happened, how long, what they learned, the day). Each is kept with a clear button and ほぞんしました; the
 * version of what the screen shows goes with each change, so another device's newer plan is not overwritten.
 */
final class ActionPanel extends Div {

    private final MyActions actions;
    private final String unitId;
    private final ActionPlanForm planForm;
    private final ActionReportForm reportForm;
    private final Paragraph thanks = new Paragraph();
    private final Consumer<MyAction> changed;
    private @Nullable MyAction current;

    /** {@code changed} hears of each plan or report kept (the page then leads on). */
    ActionPanel(MyActions actions, String unitId, Consumer<MyAction> changed) {
        this.actions = actions;
        this.unitId = unitId;
        this.changed = changed;
        this.current = actions.mine(unitId).orElse(null);
        addClassName("action-panel");
        planForm = new ActionPlanForm(current == null ? null : current.plan(), this::plan);
        reportForm = new ActionReportForm(current, this::report);
        thanks.setText(getTranslation("learning.action.reported"));
        thanks.addClassName("action-thanks");
        add(planForm, reportForm, thanks);
        showState();
    }

    private MyAction plan(ActionPlan plan) {
        MyAction kept = actions.plan(unitId, plan, current == null ? null : current.version());
        return shown(kept);
    }

    private MyAction report(ActionReport report) {
        MyAction kept = actions.report(unitId, report, current == null ? 0 : current.version());
        return shown(kept);
    }

    private MyAction shown(MyAction kept) {
        current = kept;
        showState();
        changed.accept(kept);
        return kept;
    }

    private void showState() {
        boolean reported = current != null && current.state() == ActionState.REPORTED;
        planForm.setReadOnly(reported);
        reportForm.setVisible(current != null);
        reportForm.setReadOnly(reported);
        thanks.setVisible(reported);
    }
}
