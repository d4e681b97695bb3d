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
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;
import org.jspecify.annotations.Nullable;

/** Adds a supporter, or edits one and gives them a sign-in account. */
class SupporterDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();

    SupporterDialog(SupporterRecords supporters, HouseholdRecords households, @Nullable SupporterRow editing, Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "supporter.add" : "supporter.edit"));
        Select<OrganisationOption> organisation = errors.field("organisation", new Select<>());
        organisation.setLabel(getTranslation("household.organisation"));
        organisation.setItems(households.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(editing == null);
        households.organisations().stream().findFirst().ifPresent(organisation::setValue);
        Select<SupporterCategory> category = new Select<>();
        category.setLabel(getTranslation("supporter.category"));
        category.setItems(SupporterCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("supporter.category." + c.name()));
        category.setValue(SupporterCategory.UNIVERSITY_STUDENT);
        TextField familyName = errors.field("familyName", new TextField(getTranslation("learner.family-name")));
        TextField givenName = errors.field("givenName", new TextField(getTranslation("learner.given-name")));
        TextField affiliation = errors.field("affiliation", new TextField(getTranslation("supporter.affiliation")));
        TextField faculty = errors.field("faculty", new TextField(getTranslation("supporter.faculty")));
        EmailField email = errors.field("email", new EmailField(getTranslation("guardian.email")));
        TextField phone = errors.field("phone", new TextField(getTranslation("guardian.phone")));
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
        }
        add(new FormLayout(organisation, category, familyName, givenName, affiliation, faculty, email, phone));
        if (editing != null && !editing.hasAccount()) {
            add(new AccountSection(null, username -> supporters.createLocalAccount(editing.id(), username), null, saved));
        }

        Button save = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            SupporterDetails details = new SupporterDetails(category.getValue(), familyName.getValue(), givenName.getValue(),
                    GuardianFormDialog.blankToNull(affiliation.getValue()), GuardianFormDialog.blankToNull(faculty.getValue()),
                    GuardianFormDialog.blankToNull(email.getValue()), GuardianFormDialog.blankToNull(phone.getValue()));
            try {
                if (editing == null) {
                    if (organisation.getValue() == null) {
                        throw new InvalidInput("organisation", "validation.required");
                    }
                    supporters.create(organisation.getValue().id(), details);
                } else {
                    supporters.change(editing.id(), details);
                }
                Notices.saved(this);
                close();
                saved.run();
            } catch (InvalidInput refusal) {
                errors.show(refusal, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
