package jp.manabiba.outcomes.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.outcomes.IndicatorInfo;
import jp.manabiba.outcomes.ManualValueRow;
import jp.manabiba.outcomes.ManualValues;
import jp.manabiba.outcomes.OutcomeDashboard;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.Roles;

/**
 * The figures the platform cannot count (meals, partner organisations, meetings), typed by the organisation's
 * coordinator per month; a correction is a new entry, and every entry of the month is listed with who and when.
 */
@Route("outcomes/values")
@RolesAllowed(Roles.COORDINATOR)
public class ManualValuesView extends Main implements HasDynamicTitle {

    private final ManualValues values;
    private final FieldErrors errors = new FieldErrors();
    private final Select<OrganisationOption> organisation = new Select<>();
    private final Select<IndicatorInfo> indicator = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final IntegerField value = errors.field("value", new IntegerField());
    private final TextArea note = errors.field("note", new TextArea());
    private final Grid<ManualValueRow> history = new Grid<>();

    public ManualValuesView(ManualValues values, OutcomeDashboard dashboard) {
        this.values = values;
        addClassNames("people-view", "manual-values-view");
        organisation.setLabel(getTranslation("outcomes.organisation"));
        organisation.setItems(dashboard.organisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        errors.field("organisation", organisation);
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setItems(values.indicators());
        indicator.setItemLabelGenerator(i -> i.title(getLocale()));
        errors.field("indicator", indicator);
        month.setLabel(getTranslation("outcomes.values.month"));
        month.setItems(values.months());
        month.setItemLabelGenerator(m -> getTranslation("outcomes.year-month", String.valueOf(m.getYear()), m.getMonthValue()));
        errors.field("month", month);
        value.setLabel(getTranslation("outcomes.values.value"));
        value.setMin(0);
        note.setLabel(getTranslation("outcomes.values.note"));
        note.setMaxLength(500);
        Button save = new Button(getTranslation("outcomes.values.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ProgrammeZone.TOKYO);
        history.addColumn(ManualValueRow::value).setHeader(getTranslation("outcomes.values.value"));
        history.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("outcomes.values.note"));
        history.addColumn(ManualValueRow::enteredBy).setHeader(getTranslation("outcomes.values.entered-by"));
        history.addColumn(r -> when.format(r.enteredAt())).setHeader(getTranslation("outcomes.values.entered-at"));
        history.addColumn(r -> getTranslation(r.inForce() ? "outcomes.values.in-force" : "outcomes.values.corrected"))
                .setHeader(getTranslation("outcomes.values.state"));
        history.setEmptyStateText(getTranslation("empty.outcome-values"));
        history.addClassName("manual-value-history");
        Div form = new Div(organisation, indicator, month, value, note, save);
        form.addClassName("manual-value-form");
        add(form, history);
        if (!dashboard.organisations().isEmpty()) {
            organisation.setValue(dashboard.organisations().getFirst());
        }
        indicator.setValue(values.indicators().getFirst());
        month.setValue(values.months().getFirst());
        organisation.addValueChangeListener(e -> refresh());
        indicator.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void save() {
        errors.clear();
        if (organisation.getValue() == null) {
            errors.show(new InvalidInput("organisation", "outcomes.error.organisation"), this);
            return;
        }
        if (value.getValue() == null) {
            errors.show(new InvalidInput("value", "validation.required"), this);
            return;
        }
        try {
            values.enter(organisation.getValue().id(), indicator.getValue().code(), month.getValue(), value.getValue(),
                    note.getValue());
            Notices.saved(this);
            value.clear();
            note.clear();
            refresh();
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    private void refresh() {
        if (organisation.getValue() == null || indicator.getValue() == null || month.getValue() == null) {
            history.setItems();
            return;
        }
        history.setItems(values.history(organisation.getValue().id(), indicator.getValue().code(), month.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.values.title");
    }
}
