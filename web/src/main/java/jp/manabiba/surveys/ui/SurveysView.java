package jp.manabiba.surveys.ui;

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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.SurveyAuthoring;
import jp.manabiba.surveys.SurveyRow;

/**
 * The surveys of the organisations the coordinator manages (all of them for an administrator), newest first:
 * title, audience, anonymity, state and period, and the response rate so far; edit one or read its results.
 */
@Route("surveys")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SurveysView extends Main implements HasDynamicTitle {

    public SurveysView(SurveyAuthoring authoring) {
        addClassNames("people-view", "surveys-view");
        Grid<SurveyRow> grid = new Grid<>();
        grid.addComponentColumn(this::describe).setHeader(getTranslation("surveys.column.survey")).setFlexGrow(1);
        grid.addColumn(row -> row.opensOn() == null ? "—" : getTranslation("surveys.period", row.opensOn(), row.closesOn()))
                .setHeader(getTranslation("surveys.column.period")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(this::rate).setHeader(getTranslation("surveys.column.rate")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("surveys.column.actions"))
                .setWidth("13rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("surveys.empty"));
        Button create = new Button(getTranslation("surveys.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(SurveyBuilderView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-survey");
        add(create, grid);
        grid.setItems(authoring.list());
    }

    private Div describe(SurveyRow row) {
        Span state = new Span(getTranslation("surveys.state." + row.state().name()));
        state.addClassNames("survey-state", "survey-" + row.state().name().toLowerCase());
        String kind = getTranslation("surveys.audience." + row.audience().name()) + " · "
                + getTranslation(row.anonymous() ? "surveys.anonymous" : "surveys.identified")
                + (row.pairRole() == null ? "" : " · " + getTranslation("surveys.pair." + row.pairRole().name()));
        Span details = new Span(kind);
        details.addClassName("survey-kind");
        Div cell = new Div(new Span(row.title()), state, details);
        cell.addClassName("survey-cell");
        return cell;
    }

    private String rate(SurveyRow row) {
        if (row.invited() == 0) {
            return "—";
        }
        return getTranslation("surveys.rate", row.answered(), row.invited(), Math.round(100.0 * row.answered() / row.invited()));
    }

    private Div actions(SurveyRow row) {
        RouteParameters id = new RouteParameters("id", String.valueOf(row.id()));
        Button edit = new Button(getTranslation("surveys.edit"),
                click -> getUI().ifPresent(ui -> ui.navigate(SurveyBuilderView.class, id)));
        Button results = new Button(getTranslation("surveys.results"),
                click -> getUI().ifPresent(ui -> ui.navigate(SurveyResultsView.class, id)));
        edit.setAriaLabel(getTranslation("surveys.edit-named", row.title()));
        results.setAriaLabel(getTranslation("surveys.results-named", row.title()));
        Div actions = new Div(edit, results);
        actions.addClassName("row-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.title");
    }
}
