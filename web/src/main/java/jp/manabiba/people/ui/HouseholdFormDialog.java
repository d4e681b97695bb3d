package jp.manabiba.people.ui;

import java.util.EnumSet;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.Circumstance;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.Household;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdPage;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates a household, or edits one; the service checks everything and the messages appear by the fields. */
class HouseholdFormDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();
    private final Select<OrganisationOption> organisation = errors.field("organisation", new Select<>());
    private final TextField familyName = errors.field("familyName", new TextField());
    private final TextField familyNameKana = errors.field("familyNameKana", new TextField());
    private final TextField district = errors.field("district", new TextField());
    private final Select<HomeLanguage> language = new Select<>();
    private final DatePicker supportStarted = errors.field("supportStarted", new DatePicker());
    private final DatePicker supportEnded = errors.field("supportEnded", new DatePicker());
    private final CheckboxGroup<Circumstance> circumstances = new CheckboxGroup<>();
    private final TextArea note = errors.field("circumstanceNote", new TextArea());

    HouseholdFormDialog(HouseholdRecords records, @Nullable HouseholdPage editing, LongConsumer onSaved) {
        setHeaderTitle(getTranslation(editing == null ? "households.new" : "household.edit"));
        organisation.setLabel(getTranslation("household.organisation"));
        organisation.setItems(records.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(editing == null);
        familyName.setLabel(getTranslation("household.family-name"));
        familyName.setMaxLength(Household.NAME_MAX);
        familyName.setRequiredIndicatorVisible(true);
        familyNameKana.setLabel(getTranslation("household.family-name-kana"));
        familyNameKana.setMaxLength(Household.KANA_MAX);
        familyNameKana.setRequiredIndicatorVisible(true);
        district.setLabel(getTranslation("household.district"));
        district.setMaxLength(Household.DISTRICT_MAX);
        language.setLabel(getTranslation("household.language"));
        language.setItems(HomeLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("home-language." + l.name()));
        language.setValue(HomeLanguage.JA);
        supportStarted.setLabel(getTranslation("household.support-started"));
        supportStarted.setRequiredIndicatorVisible(true);
        supportEnded.setLabel(getTranslation("household.support-ended"));
        circumstances.setLabel(getTranslation("household.circumstances"));
        circumstances.setItems(Circumstance.values());
        circumstances.setItemLabelGenerator(c -> getTranslation("circumstance." + c.name()));
        note.setLabel(getTranslation("household.circumstance-note"));
        note.setMaxLength(2000);
        if (editing != null) {
            fill(editing.details());
        } else if (!records.organisations().isEmpty()) {
            organisation.setValue(records.organisations().getFirst());
        }

        FormLayout form = new FormLayout(organisation, familyName, familyNameKana, district, language, supportStarted,
                supportEnded, circumstances, note);
        form.setColspan(circumstances, 2);
        form.setColspan(note, 2);
        add(form);

        Button save = new Button(getTranslation("form.save"), click -> save(records, editing, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
        setWidth("min(56rem, 100vw)");
    }

    private void fill(HouseholdDetails d) {
        familyName.setValue(d.familyName());
        familyNameKana.setValue(d.familyNameKana());
        district.setValue(d.district() == null ? "" : d.district());
        language.setValue(d.preferredLanguage());
        supportStarted.setValue(d.supportStarted());
        supportEnded.setValue(d.supportEnded());
        circumstances.setValue(d.circumstances());
        note.setValue(d.circumstanceNote() == null ? "" : d.circumstanceNote());
    }

    private void save(HouseholdRecords records, @Nullable HouseholdPage editing, LongConsumer onSaved) {
        errors.clear();
        if (supportStarted.isInvalid() || supportEnded.isInvalid()) {
            return; // the date picker already says the typed date cannot be read
        }
        if (supportStarted.getValue() == null) {
            errors.show(new InvalidInput("supportStarted", "validation.required"), this);
            return;
        }
        if (editing == null && organisation.getValue() == null) {
            errors.show(new InvalidInput("organisation", "validation.required"), this);
            return;
        }
        HouseholdDetails details = new HouseholdDetails(familyName.getValue(), familyNameKana.getValue(),
                district.getValue().isBlank() ? null : district.getValue().strip(), language.getValue(),
                supportStarted.getValue(), supportEnded.getValue(),
                circumstances.getValue().isEmpty() ? EnumSet.noneOf(Circumstance.class) : EnumSet.copyOf(circumstances.getValue()),
                note.getValue().isBlank() ? null : note.getValue());
        try {
            long id;
            if (editing == null) {
                id = records.create(organisation.getValue().id(), details);
            } else {
                records.change(editing.id(), editing.version(), details);
                id = editing.id();
            }
            Notices.saved(this);
            close();
            onSaved.accept(id);
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            Notices.error(this, "form.changed-meanwhile");
        }
    }
}
