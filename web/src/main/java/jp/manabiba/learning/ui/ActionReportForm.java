package jp.manabiba.learning.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.learning.ActionReport;
import jp.manabiba.learning.MyAction;
import org.jspecify.annotations.Nullable;

/**
 * The report of the community action: what happened, how long (in minutes or hours, as the child counts it), what
 * they learned, the day. Hours become minutes here; the service keeps minutes (1-600) and refuses the rest, shown
 * under its field (in hours when the child wrote hours).
 */
final class ActionReportForm extends Section {

    static final String MINUTES = "minutes";
    static final String HOURS = "hours";
    static final int MAX_HOURS = ActionReport.MINUTES_MAX / 60;

    private final TextArea happened = new TextArea();
    private final IntegerField amount = new IntegerField();
    private final RadioButtonGroup<String> unit = new RadioButtonGroup<>();
    private final TextArea learned = new TextArea();
    private final DateField doneOn = new DateField();
    private final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final SaveStatus status = new SaveStatus();

    ActionReportForm(@Nullable MyAction shown, Function<ActionReport, MyAction> keep) {
        addClassNames("action-form", "action-report");
        happened.setLabel(getTranslation("learning.action.happened"));
        happened.setMaxLength(ActionReport.HAPPENED_MAX);
        happened.setWidthFull();
        amount.setLabel(getTranslation("learning.action.how-long"));
        amount.setMin(1);
        unit.setItems(List.of(MINUTES, HOURS));
        unit.setItemLabelGenerator(item -> getTranslation("learning.action." + item));
        unit.setValue(MINUTES);
        unit.getElement().setAttribute("aria-label", getTranslation("learning.action.how-long"));
        learned.setLabel(getTranslation("learning.action.learned"));
        learned.setMaxLength(ActionReport.LEARNED_MAX);
        learned.setWidthFull();
        doneOn.setLabel(getTranslation("learning.action.done-on"));
        ActionReport report = shown == null ? null : shown.report();
        if (report != null) {
            happened.setValue(report.happened());
            amount.setValue(report.minutes());
            learned.setValue(report.learned() == null ? "" : report.learned());
            doneOn.setValue(report.doneOn());
        }
        errors.field("happened", happened);
        errors.field("minutes", amount);
        errors.field("learned", learned);
        errors.field("doneOn", doneOn);
        save.setText(getTranslation("learning.action.save-report"));
        save.addClassName("save-report");
        save.addClickListener(click -> save(keep));
        Div howLong = new Div(amount, unit);
        howLong.addClassName("action-how-long");
        add(new H3(getTranslation("learning.action.report")), happened, howLong, learned, doneOn, save, status);
    }

    private void save(Function<ActionReport, MyAction> keep) {
        errors.clear();
        try {
            // no day yet goes to the service, which refuses it in its own order (what happened first)
            ActionReport report = new ActionReport(happened.getValue(), minutes(), learned.getValue(),
                    DateFields.optional(doneOn, "doneOn"));
            status.saved(keep.apply(report).savedAt());
        } catch (InvalidInput refusal) {
            boolean inHours = refusal.field().equals("minutes") && HOURS.equals(unit.getValue());
            errors.show(inHours ? new InvalidInput("minutes", "learning.error.hours", 1, MAX_HOURS) : refusal, this);
            status.refused(getTranslation("learning.action.not-saved"));
        }
    }

    /** What the child wrote, in minutes; nothing (or what is no number) is 0, which the service refuses. */
    private int minutes() {
        Integer typed = amount.getValue();
        if (typed == null || typed < 1) {
            return 0;
        }
        if (HOURS.equals(unit.getValue())) {
            return typed > MAX_HOURS ? ActionReport.MINUTES_MAX + 1 : typed * 60;
        }
        return typed;
    }

    void setReadOnly(boolean readOnly) {
        happened.setReadOnly(readOnly);
        amount.setReadOnly(readOnly);
        unit.setReadOnly(readOnly);
        learned.setReadOnly(readOnly);
        doneOn.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }
}
