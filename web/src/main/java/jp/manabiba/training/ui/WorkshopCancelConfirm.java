package jp.manabiba.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks once before a workshop is cancelled: the people signed up will see it cancelled, and it cannot be undone. */
final class WorkshopCancelConfirm extends Dialog {

    WorkshopCancelConfirm(Runnable cancel) {
        addClassName("workshop-cancel-confirm");
        setHeaderTitle(getTranslation("training.workshop.cancel"));
        add(new Paragraph(getTranslation("training.workshop.cancel-ask")));
        Button no = new Button(getTranslation("form.cancel"), click -> close());
        Button yes = new Button(getTranslation("training.workshop.cancel-yes"), click -> {
            close();
            cancel.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("workshop-cancel-yes");
        getFooter().add(no, yes);
    }
}
