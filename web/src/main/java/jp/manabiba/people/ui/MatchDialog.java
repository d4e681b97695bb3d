package jp.manabiba.people.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.Matching;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;

/** Matches a tutor or volunteer of the learner's organisation with the learner, from a date. */
class MatchDialog extends Dialog {

    private final FieldErrors errors = new FieldErrors();

    MatchDialog(SupporterRecords supporters, Matching matching, long learnerId, Clock clock, Runnable saved) {
        setHeaderTitle(getTranslation("match.add"));
        ComboBox<SupporterRow> supporter = errors.field("supporter", new ComboBox<>(getTranslation("match.supporter")));
        supporter.setItems(supporters.list());
        supporter.setItemLabelGenerator(s -> s.fullName() + " (" + getTranslation("supporter.category." + s.category().name())
                + ", " + s.organisation() + ")");
        supporter.setRequiredIndicatorVisible(true);
        DatePicker startsOn = errors.field("startsOn", new DatePicker(getTranslation("match.starts-on")));
        startsOn.setValue(LocalDate.now(clock));
        DatePicker endsOn = errors.field("endsOn", new DatePicker(getTranslation("match.ends-on")));
        add(new FormLayout(supporter, startsOn, endsOn));

        Button save = new Button(getTranslation("form.save"), click -> {
            errors.clear();
            if (supporter.getValue() == null || startsOn.getValue() == null) {
                errors.show(new InvalidInput(supporter.getValue() == null ? "supporter" : "startsOn", "validation.required"), this);
                return;
            }
            try {
                matching.match(supporter.getValue().id(), learnerId, startsOn.getValue(), endsOn.getValue());
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
