package jp.manabiba.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.GuardianDetails;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdRecords;

/** Adds a guardian to a household. */
class GuardianFormDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();

    GuardianFormDialog(HouseholdRecords records, long householdId, Runnable saved) {
        setHeaderTitle(getTranslation("guardian.add"));
        TextField familyName = errors.field("familyName", new TextField(getTranslation("guardian.family-name")));
        TextField givenName = errors.field("givenName", new TextField(getTranslation("guardian.given-name")));
        TextField relationship = errors.field("relationship", new TextField(getTranslation("guardian.relationship")));
        TextField phone = errors.field("phone", new TextField(getTranslation("guardian.phone")));
        EmailField email = errors.field("email", new EmailField(getTranslation("guardian.email")));
        Select<HomeLanguage> language = new Select<>();
        language.setLabel(getTranslation("household.language"));
        language.setItems(HomeLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("home-language." + l.name()));
        language.setValue(HomeLanguage.JA);
        familyName.setRequiredIndicatorVisible(true);
        givenName.setRequiredIndicatorVisible(true);
        add(new FormLayout(familyName, givenName, relationship, phone, email, language));

        Button save = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            try {
                records.addGuardian(householdId, new GuardianDetails(familyName.getValue(), givenName.getValue(),
                        blankToNull(relationship.getValue()), blankToNull(phone.getValue()), blankToNull(email.getValue()),
                        language.getValue()));
                Notices.saved(this);
                close();
                saved.run();
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
