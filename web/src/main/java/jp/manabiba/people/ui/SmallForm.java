package jp.manabiba.people.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;

/**
 * A dialog of a few fields whose save calls one service method: the refusal shows next to its field, the dialog
 * stays open with everything typed, and a good save closes it.
 */
class SmallForm extends Dialog {

    final FieldErrors errors = new FieldErrors();
    private final FormLayout form = new FormLayout();

    SmallForm(String titleKey, Consumer<SmallForm> save) {
        setHeaderTitle(getTranslation(titleKey));
        add(form);
        Button ok = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            try {
                save.accept(this);
                Notices.saved(this);
                close();
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), ok);
    }

    <C extends Component & com.vaadin.flow.component.HasValidation> C field(String name, C component) {
        form.add(component);
        return errors.field(name, component);
    }

    void addField(Component component) {
        form.add(component);
    }
}
