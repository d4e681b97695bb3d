package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.base.ui.ComponentTexts;

/** Asks once before the work goes to the children, saying to whom: after that the children see it at once. */
final class PublishConfirm extends Dialog {

    PublishConfirm(int learners, int series, Runnable publish) {
        addClassName("publish-confirm");
        setHeaderTitle(getTranslation("authoring.publish.title"));
        String ask = series == 0 ? "authoring.publish.ask-learners"
                : learners == 0 ? "authoring.publish.ask-series" : "authoring.publish.ask";
        add(new Paragraph(getTranslation(ask, learners, series)));
        Button no = new Button(getTranslation("form.cancel"), click -> close());
        Button yes = new Button(getTranslation("authoring.publish.yes"), click -> {
            close();
            publish.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("publish-yes");
        getFooter().add(no, yes);
        addAttachListener(opened -> ComponentTexts.applyTo(this));
    }
}
