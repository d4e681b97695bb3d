package jp.manabiba.people.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.GuardianDetails;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.HouseholdRecords;

/** Adds a guardian to a household. */
final class GuardianFormDialog {

    private GuardianFormDialog() {
    }

    static FormDialog create(HouseholdRecords records, long householdId, Runnable saved) {
        TextField familyName = new TextField();
        TextField givenName = new TextField();
        TextField relationship = new TextField();
        TextField phone = new TextField();
        EmailField email = new EmailField();
        Select<HomeLanguage> language = new Select<>();
        FormDialog dialog = new FormDialog("guardian.add", form -> {
            records.addGuardian(householdId, new GuardianDetails(familyName.getValue(), givenName.getValue(),
                    FormDialog.blankToNull(relationship.getValue()), FormDialog.blankToNull(phone.getValue()),
                    FormDialog.blankToNull(email.getValue()), language.getValue()));
            saved.run();
        });
        familyName.setLabel(dialog.getTranslation("guardian.family-name"));
        givenName.setLabel(dialog.getTranslation("guardian.given-name"));
        relationship.setLabel(dialog.getTranslation("guardian.relationship"));
        phone.setLabel(dialog.getTranslation("guardian.phone"));
        email.setLabel(dialog.getTranslation("guardian.email"));
        familyName.setRequiredIndicatorVisible(true);
        givenName.setRequiredIndicatorVisible(true);
        PeopleFields.homeLanguage(language, dialog);
        dialog.field("familyName", familyName);
        dialog.field("givenName", givenName);
        dialog.field("relationship", relationship);
        dialog.field("phone", phone);
        dialog.field("email", email);
        dialog.plain(language);
        return dialog;
    }
}
