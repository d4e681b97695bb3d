package jp.manabiba.people.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.Circumstance;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.people.Household;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdPage;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import org.jspecify.annotations.Nullable;

/** Creates a household, or edits one; the service checks everything and the messages appear by the fields. */
final class HouseholdFormDialog {

    private HouseholdFormDialog() {
    }

    static FormDialog create(HouseholdRecords records, @Nullable HouseholdPage editing, LongConsumer onSaved) {
        Select<OrganisationOption> organisation = new Select<>();
        TextField familyName = new TextField();
        TextField familyNameKana = new TextField();
        TextField district = new TextField();
        Select<HomeLanguage> language = new Select<>();
        DatePicker supportStarted = new DateField();
        DatePicker supportEnded = new DateField();
        CheckboxGroup<Circumstance> circumstances = new CheckboxGroup<>();
        TextArea note = new TextArea();
        FormDialog dialog = new FormDialog(editing == null ? "households.new" : "household.edit", form -> {
            LocalDate started = DateFields.required(supportStarted, "supportStarted");
            LocalDate ended = DateFields.optional(supportEnded, "supportEnded");
            HouseholdDetails details = new HouseholdDetails(familyName.getValue(), familyNameKana.getValue(),
                    FormDialog.blankToNull(district.getValue()), language.getValue(), started, ended, circumstances.getValue().isEmpty() ? EnumSet.noneOf(Circumstance.class)
                    : EnumSet.copyOf(circumstances.getValue()), FormDialog.blankToNull(note.getValue()));
            if (editing == null) {
                onSaved.accept(records.create(FormDialog.chosen("organisation", organisation.getValue()).id(), details));
            } else {
                records.change(editing.id(), editing.version(), details);
                onSaved.accept(editing.id());
            }
        });
        organisation.setItems(records.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(editing == null);
        records.organisations().stream().findFirst().ifPresent(organisation::setValue);
        familyName.setMaxLength(Household.NAME_MAX);
        familyName.setRequiredIndicatorVisible(true);
        familyNameKana.setMaxLength(Household.KANA_MAX);
        familyNameKana.setRequiredIndicatorVisible(true);
        district.setMaxLength(Household.DISTRICT_MAX);
        PeopleFields.homeLanguage(language, dialog);
        supportStarted.setRequiredIndicatorVisible(true);
        circumstances.setItems(Circumstance.values());
        circumstances.setItemLabelGenerator(c -> dialog.getTranslation("circumstance." + c.name()));
        note.setMaxLength(Household.CIRCUMSTANCE_NOTE_MAX);
        if (editing != null) {
            HouseholdDetails d = editing.details();
            familyName.setValue(d.familyName());
            familyNameKana.setValue(d.familyNameKana());
            district.setValue(d.district() == null ? "" : d.district());
            language.setValue(d.preferredLanguage());
            supportStarted.setValue(d.supportStarted());
            supportEnded.setValue(d.supportEnded());
            circumstances.setValue(d.circumstances());
            note.setValue(d.circumstanceNote() == null ? "" : d.circumstanceNote());
        }
        dialog.field("organisation", "household.organisation", organisation);
        dialog.field("familyName", "household.family-name", familyName);
        dialog.field("familyNameKana", "household.family-name-kana", familyNameKana);
        dialog.field("district", "household.district", district);
        dialog.plain(language);
        dialog.field("supportStarted", "household.support-started", supportStarted);
        dialog.field("supportEnded", "household.support-ended", supportEnded);
        dialog.span(dialog.field("circumstances", "household.circumstances", circumstances));
        dialog.span(dialog.field("circumstanceNote", "household.circumstance-note", note));
        dialog.setWidth("min(56rem, 100vw)");
        return dialog;
    }
}
