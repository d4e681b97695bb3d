package jp.manabiba.outcomes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.base.ui.Notices;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.outcomes.IndicatorInfo;
import jp.manabiba.outcomes.OutcomeDashboard;
import jp.manabiba.outcomes.PeriodKind;
import jp.manabiba.outcomes.TargetRow;
import jp.manabiba.outcomes.TargetSettings;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.Roles;

/**
 * The administrator's targets per indicator, organisation or network, and period (a fiscal year, or the
 * programme). Households supported keep theirs on the organisations screen, where they were set before.
 */
@Route("outcomes/targets")
@RolesAllowed(Roles.ADMIN)
public class TargetsView extends Main implements HasDynamicTitle {

    private final TargetSettings settings;
    private final FieldErrors errors = new FieldErrors();
    private final Select<OrganisationOption> organisation = new Select<>();
    private final Select<IndicatorInfo> indicator = errors.field("indicator", new Select<>());
    private final Select<PeriodKind> period = new Select<>();
    private final Select<Integer> year = errors.field("year", new Select<>());
    private final BigDecimalField target = errors.field("target", new BigDecimalField());
    private final Grid<TargetRow> grid = new Grid<>();

    public TargetsView(TargetSettings settings, OutcomeDashboard dashboard) {
        this.settings = settings;
        addClassNames("people-view", "targets-view");
        List<OrganisationOption> choices = new ArrayList<>();
        choices.add(new OrganisationOption(OutcomesView.NETWORK, getTranslation("outcomes.network")));
        choices.addAll(dashboard.organisations());
        organisation.setLabel(getTranslation("outcomes.organisation"));
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        errors.field("organisation", organisation);
        List<IndicatorInfo> indicators = settings.indicators();
        Map<String, IndicatorInfo> byCode = indicators.stream().collect(Collectors.toMap(IndicatorInfo::code, Function.identity()));
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i.title(getLocale()));
        period.setLabel(getTranslation("outcomes.targets.period"));
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(p -> getTranslation("outcomes.period." + p.name()));
        year.setLabel(getTranslation("outcomes.targets.year"));
        year.setItems(settings.years());
        year.setItemLabelGenerator(y -> getTranslation("fiscal-year.name", String.valueOf(y)));
        target.setLabel(getTranslation("outcomes.targets.target"));
        Button save = new Button(getTranslation("outcomes.targets.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(r -> byCode.containsKey(r.indicator()) ? byCode.get(r.indicator()).title(getLocale()) : r.indicator())
                .setHeader(getTranslation("outcomes.indicator")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("outcomes.period." + r.period().name())).setHeader(getTranslation("outcomes.targets.period"));
        grid.addColumn(r -> getTranslation("fiscal-year.name", String.valueOf(r.startYear()))).setHeader(getTranslation("outcomes.targets.year"));
        grid.addColumn(r -> r.target().stripTrailingZeros().toPlainString()).setHeader(getTranslation("outcomes.targets.target"));
        grid.setEmptyStateText(getTranslation("empty.outcome-targets"));
        grid.addClassName("target-grid");
        period.addValueChangeListener(e -> year.setReadOnly(e.getValue() == PeriodKind.PROGRAMME));
        Div form = new Div(organisation, indicator, period, year, target, save);
        form.addClassName("target-form");
        add(form, grid);
        organisation.setValue(choices.getFirst());
        indicator.setValue(indicators.getFirst());
        period.setValue(PeriodKind.FISCAL_YEAR);
        year.setValue(settings.years().getFirst());
        organisation.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void save() {
        errors.clear();
        if (target.getValue() == null) {
            errors.show(new InvalidInput("target", "validation.required"), this);
            return;
        }
        int startYear = period.getValue() == PeriodKind.PROGRAMME ? settings.programmeYear() : year.getValue();
        try {
            settings.set(new TargetRow(indicator.getValue().code(), chosenOrganisation(), period.getValue(), startYear,
                    target.getValue()));
            Notices.saved(this);
            refresh();
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    private @org.jspecify.annotations.Nullable Long chosenOrganisation() {
        long id = organisation.getValue().id();
        return id == OutcomesView.NETWORK ? null : id;
    }

    private void refresh() {
        grid.setItems(settings.targets(chosenOrganisation()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.targets.title");
    }
}
