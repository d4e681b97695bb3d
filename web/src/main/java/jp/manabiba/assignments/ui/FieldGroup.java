package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A group of fields that a service refusal can name as a whole ("give 2 to 10 choices", "add a question"): the
 * message shows at the end of the group, as a field's own message would, so FieldErrors can put it there.
 */
class FieldGroup extends Div implements HasValidation {

    private final Paragraph message = new Paragraph();
    private @Nullable String errorMessage;

    FieldGroup(String className) {
        addClassNames("field-group", className);
        message.addClassName("field-group-error");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
    }

    /** The message goes last, after whatever the group holds now. */
    void keepMessageLast() {
        remove(message);
        add(message);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage;
        message.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        message.setVisible(invalid);
        keepMessageLast();
        setClassName("field-group-invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return message.isVisible();
    }
}
