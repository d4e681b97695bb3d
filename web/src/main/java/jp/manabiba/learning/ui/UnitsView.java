package jp.manabiba.learning.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.learning.AssignChoices;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.learning.UnitHolders;
import jp.manabiba.security.Roles;

/**
 * The ESD units for tutors, teachers and coordinators: what each is about and for whom, giving one to children or
 * a series, and who has it now. Only the children and series the caller may give units to are offered.
 */
@Route("units")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class UnitsView extends Main implements HasDynamicTitle {

    public UnitsView(UnitAssignments assignments, AssignChoices choices, UnitHolders holders) {
        addClassNames("people-view", "units-view");
        Grid<UnitEntry> grid = new Grid<>();
        grid.addComponentColumn(this::describe).setHeader(getTranslation("units.unit")).setFlexGrow(1);
        grid.addComponentColumn(this::aims).setHeader(getTranslation("units.aims")).setFlexGrow(1);
        grid.addColumn(u -> UnitTexts.grades(this, u.gradeFrom(), u.gradeTo()) + " · "
                        + getTranslation("units.lesson-count", u.lessons()))
                .setHeader(getTranslation("units.for-whom")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(unit -> {
            Button assign = new Button(getTranslation("units.assign"), VaadinIcon.PLUS.create(),
                    click -> AssignDialog.create(assignments, choices, unit).open());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assign.addClassName("assign-unit");
            Button who = new Button(getTranslation("units.holders"), VaadinIcon.USERS.create(),
                    click -> new HoldersDialog(holders, unit).open());
            who.addClassName("unit-holders");
            return new Div(assign, who);
        }).setHeader(getTranslation("units.actions")).setKey("actions").setWidth("12rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("units-grid");
        grid.setItems(assignments.catalogue(getLocale()));
        add(grid);
    }

    private Div describe(UnitEntry unit) {
        Span summary = new Span(unit.summary());
        summary.addClassName("unit-summary");
        return new Div(new Span(unit.title()), summary);
    }

    private Div aims(UnitEntry unit) {
        Span sdgs = new Span(getTranslation("units.sdgs", unit.sdgs().stream().map(String::valueOf)
                .collect(Collectors.joining(", "))));
        Span abilities = new Span(unit.abilities().stream().map(a -> UnitTexts.ability(this, a))
                .collect(Collectors.joining("、")));
        abilities.addClassName("unit-abilities");
        return new Div(sdgs, abilities);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
