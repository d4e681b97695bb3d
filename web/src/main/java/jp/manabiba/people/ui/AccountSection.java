package jp.manabiba.people.ui;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.ServerAddress;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.SignInCard;
import org.jspecify.annotations.Nullable;

/**
 * A person's sign-in: their username if they have one; otherwise a local account with a printable card, or a
 * link to their school Google or Microsoft account by email.
 */
class AccountSection extends Div {

    interface SchoolAccountLink {
        void link(String username, String email);
    }

    AccountSection(@Nullable String username, Function<String, SignInCard> createLocal,
                   @Nullable SchoolAccountLink linkSchool, Runnable changed) {
        add(new H3(getTranslation("learner.account")));
        if (username != null) {
            add(new Paragraph(getTranslation("account.username") + ": " + username));
            return;
        }
        // Not in a dialog: a refusal that belongs to no field shown here goes to this section's own banner.
        Div banner = new Div();
        FieldErrors errors = new FieldErrors(banner);
        TextField name = errors.field("username", new TextField(getTranslation("account.username")));
        name.setHelperText(getTranslation("account.username.help"));
        EmailField email = new EmailField(getTranslation("account.school-email"));
        Button local = new Button(getTranslation("account.create-local"), click -> {
            errors.clear();
            try {
                SignInCard card = createLocal.apply(name.getValue());
                new SignInCardDialog(card, ServerAddress.origin()).open();
                changed.run();
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            }
        });
        FormLayout form = new FormLayout(name, local);
        if (linkSchool != null) {
            Button school = new Button(getTranslation("account.link-school"), click -> {
                errors.clear();
                try {
                    linkSchool.link(name.getValue(), email.getValue());
                    changed.run();
                } catch (InvalidInput refusal) {
                    errors.show(refusal, this);
                }
            });
            form.add(errors.field("email", email), school);
        }
        add(new Paragraph(getTranslation("account.none-yet")), banner, form);
    }

}
