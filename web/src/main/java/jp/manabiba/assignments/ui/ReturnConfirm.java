package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks once before a piece of work goes back to the child for another try (it moves to the top of their やること). */
final class ReturnConfirm extends Dialog {

    ReturnConfirm(Runnable giveBack) {
        addClassName("return-confirm");
        setHeaderTitle(getTranslation("review.return.title"));
        add(new Paragraph(getTranslation("review.return.ask")));
        Button no = new Button(getTranslation("form.cancel"), click -> close());
        Button yes = new Button(getTranslation("review.return.yes"), click -> {
            close();
            giveBack.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("return-yes");
        getFooter().add(no, yes);
    }
}
