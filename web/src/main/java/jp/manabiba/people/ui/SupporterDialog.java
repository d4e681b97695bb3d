package jp.manabiba.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.FormerLearnerOption;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;
import org.jspecify.annotations.Nullable;

/** Adds a supporter, or edits one and gives them a sign-in account. */
final class SupporterDialog {

    private SupporterDialog() {
    }

    static FormDialog create(SupporterRecords supporters, HouseholdRecords households, @Nullable SupporterRow editing,
                             Runnable saved) {
        Select<OrganisationOption> organisation = new Select<>();
        Select<SupporterCategory> category = new Select<>();
        TextField familyName = new TextField();
        TextField givenName = new TextField();
        TextField affiliation = new TextField();
        TextField faculty = new TextField();
        EmailField email = new EmailField();
        TextField phone = new TextField();
        ComboBox<FormerLearnerOption> formerLearner = new ComboBox<>();
        FormDialog dialog = new FormDialog(editing == null ? "supporter.add" : "supporter.edit", form -> {
            SupporterDetails details = new SupporterDetails(category.getValue(), familyName.getValue(), givenName.getValue(),
                    FormDialog.blankToNull(affiliation.getValue()), FormDialog.blankToNull(faculty.getValue()),
                    FormDialog.blankToNull(email.getValue()), FormDialog.blankToNull(phone.getValue()));
            if (editing != null) {
                FormerLearnerOption former = formerLearner.getValue();
                supporters.change(editing.id(), details, former == null ? null : former.id());
            } else {
                supporters.create(FormDialog.chosen("organisation", organisation.getValue()).id(), details);
            }
        }, saved);
        organisation.setItems(households.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(editing == null);
        households.organisations().stream().findFirst().ifPresent(organisation::setValue);
        category.setItems(SupporterCategory.values());
        category.setItemLabelGenerator(c -> dialog.getTranslation("supporter.category." + c.name()));
        category.setValue(SupporterCategory.UNIVERSITY_STUDENT);
        familyName.setRequiredIndicatorVisible(true);
        givenName.setRequiredIndicatorVisible(true);
        if (editing != null) {
            SupporterDetails d = supporters.details(editing.id());
            category.setValue(d.category());
            familyName.setValue(d.familyName());
            givenName.setValue(d.givenName());
            affiliation.setValue(orEmpty(d.affiliation()));
            faculty.setValue(orEmpty(d.faculty()));
            email.setValue(orEmpty(d.email()));
            phone.setValue(orEmpty(d.phone()));
            FormerLearnerField.fill(formerLearner, supporters, editing.id());
        }
        dialog.field("organisation", "household.organisation", organisation);
        dialog.plain("supporter.category", category);
        dialog.field("familyName", "learner.family-name", familyName);
        dialog.field("givenName", "learner.given-name", givenName);
        dialog.field("affiliation", "supporter.affiliation", affiliation);
        dialog.field("faculty", "supporter.faculty", faculty);
        dialog.field("email", "guardian.email", email);
        dialog.field("phone", "guardian.phone", phone);
        if (editing != null) {
            dialog.field("formerLearner", formerLearner);
        }
        if (editing != null && !editing.hasAccount()) {
            dialog.span(dialog.plain(new AccountSection(null, username -> supporters.createLocalAccount(editing.id(), username),
                    null, saved)));
        }
        return dialog;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
