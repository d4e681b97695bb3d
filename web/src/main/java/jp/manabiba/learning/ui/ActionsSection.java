package jp.manabiba.learning.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.learning.ActionRow;
import jp.manabiba.learning.ActionSummary;
import jp.manabiba.learning.LearningOverview;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.schools.FiscalYear;

/** The community actions of a fiscal year: how many were reported, their hours, per unit (the kind), and the list. */
class ActionsSection extends Div {

    private static final double MINUTES_PER_HOUR = 60.0;

    private final LearningOverview overview;
    private final Map<String, String> titles;
    private final Div figures = new Div();
    private final Grid<ActionRow> grid = new Grid<>();

    ActionsSection(LearningOverview overview, List<UnitEntry> units) {
        this.overview = overview;
        this.titles = units.stream().collect(Collectors.toMap(UnitEntry::unitId, UnitEntry::title));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("uuuu/MM/dd");
        figures.addClassName("action-figures");
        grid.addColumn(ActionRow::name).setHeader(getTranslation("growth.child")).setFlexGrow(1);
        grid.addColumn(a -> titles.getOrDefault(a.unitId(), a.unitId())).setHeader(getTranslation("growth.unit")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("growth.action." + a.state().name())).setHeader(getTranslation("growth.action-state"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(a -> a.minutes() == null ? "-" : getTranslation("growth.minutes", a.minutes()))
                .setHeader(getTranslation("growth.action-time")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(a -> a.doneOn() == null ? day.format(a.plannedOn()) : day.format(a.doneOn()))
                .setHeader(getTranslation("growth.action-day")).setWidth("8rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addClassName("growth-actions");
        grid.setEmptyStateText(getTranslation("growth.no-actions"));
        add(new H2(getTranslation("growth.actions-heading")), figures, grid);
    }

    void show(FiscalYear year) {
        ActionSummary summary = overview.actions(year);
        figures.removeAll();
        figures.add(new Span(getTranslation("growth.actions-figure", summary.reported(),
                String.format(Locale.ROOT, "%.1f", summary.minutes() / MINUTES_PER_HOUR), summary.planned())));
        summary.reportedPerUnit().forEach((unitId, count) ->
                figures.add(new Span(getTranslation("growth.actions-per-unit", titles.getOrDefault(unitId, unitId), count))));
        grid.setItems(summary.actions());
    }
}
