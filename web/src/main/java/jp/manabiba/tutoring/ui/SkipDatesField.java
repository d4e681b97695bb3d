package jp.manabiba.tutoring.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;

/**
 * Dates a series skips (school holidays, New Year), chosen with a date picker like every other date: each chosen
 * date becomes a chip that removes it again. Nothing to type in a format of its own.
 */
class SkipDatesField extends CustomField<Set<LocalDate>> {

    private final DatePicker picker = new DateField();
    private final Div chips = new Div();
    private final TreeSet<LocalDate> dates = new TreeSet<>();

    SkipDatesField() {
        super(Set.of());
        picker.setAriaLabel(getTranslation("sessions.skip.add"));
        picker.setPlaceholder(getTranslation("sessions.skip.add"));
        picker.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                dates.add(chosen.getValue());
                picker.clear();
                redraw();
                updateValue();
            }
        });
        chips.addClassName("skip-dates");
        // inline layout: the stylesheet belongs to the screens' layout work, and the chips must wrap under the picker
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        Div column = new Div(picker, chips);
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(column);
    }

    DatePicker picker() {
        return picker;
    }

    @Override
    protected Set<LocalDate> generateModelValue() {
        return Set.copyOf(dates);
    }

    @Override
    protected void setPresentationValue(Set<LocalDate> value) {
        dates.clear();
        if (value != null) {
            dates.addAll(value);
        }
        redraw();
    }

    private void redraw() {
        chips.removeAll();
        for (LocalDate date : dates) {
            Button chip = new Button(DateFields.format(date), VaadinIcon.CLOSE_SMALL.create(), click -> {
                dates.remove(date);
                redraw();
                updateValue();
            });
            chip.setIconAfterText(true);
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setAriaLabel(getTranslation("sessions.skip.remove", DateFields.format(date)));
            chip.addClassName("skip-date");
            chips.add(chip);
        }
    }
}
