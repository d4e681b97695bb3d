package jp.manabiba.learning.ui;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.learning.ActionPlan;
import jp.manabiba.learning.MyAction;
import org.jspecify.annotations.Nullable;

/** The plan of the community action: what, with whom, on which day; a refusal shows under its field. */
final class ActionPlanForm extends Section {

    private final TextArea what = new TextArea();
    private final TextField withWhom = new TextField();
    private final DateField on = new DateField();
    private final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final SaveStatus status = new SaveStatus();

    ActionPlanForm(@Nullable ActionPlan shown, Function<ActionPlan, MyAction> keep) {
        addClassNames("action-form", "action-plan");
        what.setLabel(getTranslation("learning.action.what"));
        what.setMaxLength(ActionPlan.WHAT_MAX);
        what.setWidthFull();
        withWhom.setLabel(getTranslation("learning.action.with-whom"));
        withWhom.setMaxLength(ActionPlan.WITH_WHOM_MAX);
        withWhom.setWidthFull();
        on.setLabel(getTranslation("learning.action.on"));
        if (shown != null) {
            what.setValue(shown.what());
            withWhom.setValue(shown.withWhom());
            on.setValue(shown.on());
        }
        errors.field("what", what);
        errors.field("withWhom", withWhom);
        errors.field("on", on);
        save.setText(getTranslation("learning.action.save-plan"));
        save.addClassName("save-plan");
        save.addClickListener(click -> {
            errors.clear();
            try {
                // no day yet goes to the service, which refuses it in its own order (what first)
                ActionPlan plan = new ActionPlan(what.getValue(), withWhom.getValue(), DateFields.optional(on, "on"));
                status.saved(keep.apply(plan).savedAt());
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
                status.refused(getTranslation("learning.action.not-saved"));
            }
        });
        add(new H3(getTranslation("learning.action.plan")), what, withWhom, on, save, status);
    }

    void setReadOnly(boolean readOnly) {
        what.setReadOnly(readOnly);
        withWhom.setReadOnly(readOnly);
        on.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }
}
