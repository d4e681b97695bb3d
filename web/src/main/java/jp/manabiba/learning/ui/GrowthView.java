package jp.manabiba.learning.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.learning.AssignChoices;
import jp.manabiba.learning.ChildReflections;
import jp.manabiba.learning.GrowthFigures;
import jp.manabiba.learning.GrowthReport;
import jp.manabiba.learning.GrowthRow;
import jp.manabiba.learning.LearningOverview;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Growth in the ESD abilities for a unit and fiscal year: each child's before and after, the group's means as bars
 * with their numbers, and the community actions of the year. The figures come from the services; a child's written
 * reflections open only where {@link ChildReflections} allows (a teacher: with the household's consent).
 */
@Route("growth")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class GrowthView extends Main implements HasDynamicTitle {

    private static final int YEARS_SHOWN = 3;

    private final GrowthFigures figures;
    private final ChildReflections reflections;
    private final Select<UnitEntry> unit = new Select<>();
    private final Select<FiscalYear> year = new Select<>();
    private final Select<GrowthGroup> group = new Select<>();
    private final Grid<GrowthRow> children = new Grid<>();
    private final GrowthBars bars = new GrowthBars();
    private final ActionsSection actions;
    private Set<Long> readable = Set.of();

    public GrowthView(GrowthFigures figures, ChildReflections reflections, LearningOverview overview,
                      UnitAssignments assignments, AssignChoices choices, Clock clock) {
        this.figures = figures;
        this.reflections = reflections;
        addClassNames("people-view", "growth-view");
        List<UnitEntry> units = assignments.catalogue(getLocale());
        this.actions = new ActionsSection(overview, units);
        unit.setLabel(getTranslation("growth.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitEntry::title);
        unit.setValue(units.getFirst());
        unit.addClassName("growth-unit");
        FiscalYear now = FiscalYear.of(LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)));
        List<FiscalYear> years = new ArrayList<>();
        for (int back = 0; back < YEARS_SHOWN; back++) {
            years.add(new FiscalYear(now.year() - back));
        }
        year.setLabel(getTranslation("growth.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("fiscal-year.name", String.valueOf(y.year())));
        year.setValue(now);
        group.setLabel(getTranslation("growth.group"));
        group.setItems(GrowthGroup.choices(this, choices.series(), figures.classes()));
        group.setItemLabelGenerator(GrowthGroup::label);
        group.setValue(GrowthGroup.ALL);
        group.addClassName("growth-group");
        children.addColumn(GrowthRow::name).setHeader(getTranslation("growth.child")).setFlexGrow(1);
        children.addColumn(r -> UnitTexts.ability(this, r.ability())).setHeader(getTranslation("growth.ability")).setFlexGrow(1);
        children.addColumn(r -> level(r.start())).setHeader(getTranslation("growth.before")).setWidth("6rem").setFlexGrow(0);
        children.addColumn(r -> level(r.end())).setHeader(getTranslation("growth.after")).setWidth("6rem").setFlexGrow(0);
        children.addColumn(r -> r.change() == null ? "-" : String.format("%+d", r.change()))
                .setHeader(getTranslation("growth.change")).setWidth("6rem").setFlexGrow(0);
        children.addComponentColumn(this::reflectionsButton).setHeader(getTranslation("growth.reflections")).setKey("reflections")
                .setWidth("10rem").setFlexGrow(0);
        children.setAllRowsVisible(true);
        children.addClassName("growth-children");
        children.setEmptyStateText(getTranslation("growth.no-ratings"));
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());
        add(new Div(unit, year, group), new H2(getTranslation("growth.group-heading")), bars,
                new H2(getTranslation("growth.children-heading")), children, actions);
        refresh();
    }

    private void refresh() {
        GrowthGroup chosen = group.getValue() == null ? GrowthGroup.ALL : group.getValue();
        String unitId = unit.getValue().unitId();
        GrowthReport report = switch (chosen.kind()) {
            case SERIES -> figures.growthOfSeries(unitId, chosen.seriesId(), year.getValue());
            case CLASS -> figures.growthOfClass(unitId, chosen.homeClass(), year.getValue());
            case ALL -> figures.growth(unitId, year.getValue());
        };
        Set<Long> shown = report.children().stream().map(GrowthRow::learnerId).collect(Collectors.toSet());
        readable = reflections.readable(shown);
        children.setItems(report.children());
        bars.show(report.group(), this);
        actions.show(year.getValue());
    }

    /** One button per child, on their first row: the words are behind it, and only where they may be read. */
    private Div reflectionsButton(GrowthRow row) {
        boolean first = row.ability() == unit.getValue().abilities().getFirst();
        if (!first || !readable.contains(row.learnerId())) {
            return new Div();
        }
        Button open = new Button(getTranslation("growth.read-reflections"),
                click -> new ReflectionsDialog(reflections, row.learnerId(), row.name(), unit.getValue()).open());
        open.addClassName("open-reflections");
        return new Div(open);
    }

    private static String level(@Nullable Integer level) {
        return level == null ? "-" : String.valueOf(level);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("growth.title");
    }
}
