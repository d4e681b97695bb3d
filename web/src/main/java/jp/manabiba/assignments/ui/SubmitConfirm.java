package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks once, in a child's words, before the work goes to the tutor: after that it cannot be changed. */
final class SubmitConfirm extends Dialog {

    SubmitConfirm(Runnable submit) {
        addClassNames("learner-dialog", "submit-confirm");
        setHeaderTitle(getTranslation("work.submit.title"));
        add(new Paragraph(getTranslation("work.submit.ask")));
        Button no = new Button(getTranslation("work.submit.no"), click -> close());
        no.addClassName("big-button");
        Button yes = new Button(getTranslation("work.submit.yes"), click -> {
            close();
            submit.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        yes.addClassNames("big-button", "submit-yes");
        getFooter().add(no, yes);
        setCloseOnOutsideClick(false);
    }
}
