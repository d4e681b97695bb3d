package jp.manabiba.training.ui;

import java.time.Clock;
import java.time.LocalDate;

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
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import jp.manabiba.training.WorkshopRow;
import jp.manabiba.training.Workshops;

/** The coordinator's workshops (研修会), from a week ago on: plan a new one, open one for its sign-ups and register. */
@Route("training/workshops")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class WorkshopsView extends Main implements HasDynamicTitle {

    private final Workshops workshops;
    private final Grid<WorkshopRow> grid = new Grid<>();

    public WorkshopsView(Workshops workshops, Clock clock) {
        this.workshops = workshops;
        addClassNames("people-view", "workshops-view");
        grid.addColumn(WorkshopTexts::when).setHeader(getTranslation("training.workshop.when"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("training.workshop.title-field")).setFlexGrow(1);
        grid.addColumn(row -> row.cancelled() ? getTranslation("training.workshop.cancelled") : WorkshopTexts.seats(row, this))
                .setHeader(getTranslation("training.workshop.seats")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::open).setHeader(getTranslation("training.workshop.actions")).setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("workshops-grid");
        grid.setEmptyStateText(getTranslation("empty.training.workshops"));
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        Button create = new Button(getTranslation("training.workshop.new"), VaadinIcon.PLUS.create(),
                click -> WorkshopDialog.open(workshops, null, today, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("workshop-new");
        add(create, grid);
        refresh();
    }

    /** The title, then where, who teaches and what it completes. */
    private Div describe(WorkshopRow row) {
        Div described = new Div(new Span(row.title()));
        Span where = new Span(getTranslation("training.workshop.where-who", row.place(), row.trainer()));
        where.addClassName("workshop-where");
        Span modules = new Span(WorkshopTexts.modules(row, this));
        modules.addClassName("workshop-modules");
        described.add(where, modules);
        described.addClassName("workshop-description");
        return described;
    }

    private Button open(WorkshopRow row) {
        Button open = new Button(getTranslation("training.workshop.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(WorkshopView.class, row.id())));
        open.addClassName("workshop-open");
        return open;
    }

    private void refresh() {
        grid.setItems(workshops.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.workshops.title");
    }
}
