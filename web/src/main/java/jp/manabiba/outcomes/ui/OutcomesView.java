package jp.manabiba.outcomes.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.outcomes.CardCharts;
import jp.manabiba.outcomes.DrillDowns;
import jp.manabiba.outcomes.IndicatorCard;
import jp.manabiba.outcomes.OutcomeDashboard;
import jp.manabiba.outcomes.OutcomeReports;
import jp.manabiba.outcomes.chart.ChartSvg;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The outcome dashboard: every indicator of the programme for a fiscal year and an organisation (or, for an
 * administrator, the whole network), with a presentation mode in large type for a practice-report meeting.
 */
@Route("outcomes")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class OutcomesView extends Main implements HasDynamicTitle {

    /** The network's choice in the organisation list; no organisation has id 0. */
    static final long NETWORK = 0;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("H:mm");

    private final OutcomeDashboard dashboard;
    private final DrillDowns drillDowns;
    private final CardCharts charts;
    private final ChartSvg svg;
    private final OutcomeReports reports;
    private final ReportLinks exports = new ReportLinks();
    private final Select<FiscalYear> year = new Select<>();
    private final Select<OrganisationOption> organisation = new Select<>();
    private final Div cards = new Div();

    public OutcomesView(OutcomeDashboard dashboard, DrillDowns drillDowns, CardCharts charts, ChartSvg svg,
                        OutcomeReports reports) {
        this.dashboard = dashboard;
        this.drillDowns = drillDowns;
        this.charts = charts;
        this.svg = svg;
        this.reports = reports;
        addClassNames("people-view", "outcomes-view");
        year.setLabel(getTranslation("outcomes.fiscal-year"));
        year.setItems(dashboard.years());
        year.setItemLabelGenerator(y -> getTranslation("fiscal-year.name", String.valueOf(y.year())));
        year.setValue(dashboard.currentYear());
        List<OrganisationOption> choices = new ArrayList<>();
        if (dashboard.networkView()) {
            choices.add(new OrganisationOption(NETWORK, getTranslation("outcomes.network")));
        }
        choices.addAll(dashboard.organisations());
        organisation.setLabel(getTranslation("outcomes.organisation"));
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setVisible(choices.size() > 1);
        Button present = new Button(getTranslation("outcomes.presentation"), VaadinIcon.DESKTOP.create(),
                click -> getElement().getClassList().set("presentation", !getElement().getClassList().contains("presentation")));
        present.addClassName("outcomes-present");
        Div tools = new Div(year, organisation, present, links(), exports);
        tools.addClassName("outcomes-tools");
        cards.addClassName("indicator-cards");
        add(tools, cards);
        if (!choices.isEmpty()) {
            organisation.setValue(choices.getFirst());
        }
        year.addValueChangeListener(change -> refresh());
        organisation.addValueChangeListener(change -> refresh());
        refresh();
    }

    private Div links() {
        Div links = new Div();
        links.addClassName("outcomes-links");
        if (dashboard.networkView()) {
            links.add(new RouterLink(getTranslation("outcomes.targets.title"), TargetsView.class));
        } else {
            links.add(new RouterLink(getTranslation("outcomes.values.title"), ManualValuesView.class));
        }
        return links;
    }

    private void refresh() {
        cards.removeAll();
        exports.removeAll();
        OrganisationOption chosen = organisation.getValue();
        if (chosen == null) {
            cards.add(new Paragraph(getTranslation("outcomes.no-organisation")));
            return;
        }
        @Nullable Long id = chosen.id() == NETWORK ? null : chosen.id();
        exports.show(reports, id, year.getValue());
        List<IndicatorCard> shown = dashboard.cards(id, year.getValue());
        if (id == null) {
            Paragraph counted = new Paragraph(getTranslation("outcomes.network.counted-at",
                    TIME.format(dashboard.networkCountedAt().atZone(ProgrammeZone.TOKYO))));
            counted.addClassName("outcomes-counted-at");
            cards.add(counted);
        }
        for (IndicatorCard card : shown) {
            cards.add(new IndicatorCardView(card, charts, svg, c -> new DrillDownDialog(drillDowns, chosen.id(), c).open()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title");
    }
}
