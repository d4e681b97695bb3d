package jp.manabiba.people.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.HouseholdRecords;

/** Records a household's decision about one purpose: consent given, or withdrawn. */
final class ConsentDialog {

    private ConsentDialog() {
    }

    static FormDialog create(HouseholdRecords records, long householdId, Clock clock, Runnable saved) {
        Select<ConsentPurpose> purpose = new Select<>();
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>();
        TextField givenBy = new TextField();
        Select<ConsentMethod> method = new Select<>();
        DatePicker decidedOn = new DateField(LocalDate.now(clock));
        FormDialog dialog = new FormDialog("consent.record", form -> {
            LocalDate decided = DateFields.required(decidedOn, "decidedOn");
            records.recordConsent(householdId, purpose.getValue(), decision.getValue(), givenBy.getValue(),
                    method.getValue(), decided);
            saved.run();
        });
        purpose.setLabel(dialog.getTranslation("consent.purpose"));
        purpose.setItems(ConsentPurpose.values());
        purpose.setItemLabelGenerator(p -> dialog.getTranslation("consent.purpose." + p.name()));
        purpose.setValue(ConsentPurpose.LEARNING_SUPPORT);
        decision.setLabel(dialog.getTranslation("consent.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(granted -> dialog.getTranslation(granted ? "consent.given" : "consent.withdrawn"));
        decision.setValue(true);
        givenBy.setLabel(dialog.getTranslation("consent.given-by"));
        givenBy.setRequiredIndicatorVisible(true);
        method.setLabel(dialog.getTranslation("consent.method"));
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> dialog.getTranslation("consent.method." + m.name()));
        method.setValue(ConsentMethod.PAPER);
        decidedOn.setLabel(dialog.getTranslation("consent.decided-on"));
        dialog.plain(purpose);
        dialog.plain(decision);
        dialog.field("givenBy", givenBy);
        dialog.plain(method);
        dialog.field("decidedOn", decidedOn);
        return dialog;
    }
}
