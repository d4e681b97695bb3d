package jp.manabiba.people.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.ConsentMethod;
import jp.manabiba.people.ConsentPurpose;
import jp.manabiba.people.HouseholdRecords;

/** Records a household's decision about one purpose: consent given, or withdrawn. */
class ConsentDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();

    ConsentDialog(HouseholdRecords records, long householdId, Runnable saved) {
        setHeaderTitle(getTranslation("consent.record"));
        Select<ConsentPurpose> purpose = errors.field("purpose", new Select<>());
        purpose.setLabel(getTranslation("consent.purpose"));
        purpose.setItems(ConsentPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("consent.purpose." + p.name()));
        purpose.setValue(ConsentPurpose.LEARNING_SUPPORT);
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("consent.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(granted -> getTranslation(granted ? "consent.given" : "consent.withdrawn"));
        decision.setValue(true);
        TextField givenBy = errors.field("givenBy", new TextField(getTranslation("consent.given-by")));
        givenBy.setRequiredIndicatorVisible(true);
        Select<ConsentMethod> method = new Select<>();
        method.setLabel(getTranslation("consent.method"));
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("consent.method." + m.name()));
        method.setValue(ConsentMethod.PAPER);
        DatePicker decidedOn = errors.field("decidedOn", new DatePicker(getTranslation("consent.decided-on")));
        decidedOn.setValue(LocalDate.now(Clock.system(java.time.ZoneId.of("Asia/Tokyo"))));
        add(new FormLayout(purpose, decision, givenBy, method, decidedOn));

        Button save = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            if (decidedOn.getValue() == null) {
                errors.show(new InvalidInput("decidedOn", "validation.required"), this);
                return;
            }
            try {
                records.recordConsent(householdId, purpose.getValue(), decision.getValue(), givenBy.getValue(),
                        method.getValue(), decidedOn.getValue());
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
}
