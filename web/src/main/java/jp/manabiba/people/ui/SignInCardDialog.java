package jp.manabiba.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.security.SignInCard;

/**
 * The printable sign-in card of a new local account: the only time its password is shown. The print style
 * sheet prints the card alone.
 */
class SignInCardDialog extends Dialog {

    SignInCardDialog(SignInCard card, String address) {
        setHeaderTitle(getTranslation("card.title"));
        Div printable = new Div(
                new H3(getTranslation("card.heading", card.displayName())),
                line("card.address", address),
                line("card.username", card.username()),
                line("card.password", card.password()),
                new Paragraph(getTranslation("card.keep-safe")));
        printable.addClassName("sign-in-card");
        add(printable, new Paragraph(getTranslation("card.shown-once")));
        Button print = new Button(getTranslation("card.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.close"), click -> close()), print);
        addClassName("sign-in-card-dialog");
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Span text = new Span(value);
        text.addClassName("card-value");
        return new Div(label, text);
    }
}
