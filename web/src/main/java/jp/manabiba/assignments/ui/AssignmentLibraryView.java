package jp.manabiba.assignments.ui;

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
import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.AssignmentRow;
import jp.manabiba.assignments.AssignmentState;
import jp.manabiba.security.Roles;
import jp.manabiba.curriculum.text.RubySyntax;

/**
 * The author's own assignments, newest first: title and state, due time (Asia/Tokyo), how many children have it;
 * open one, or copy it into a new draft (the way to reuse last term's work). The actions column is frozen at the
 * end so that it stays in view at 1366x768 and on an 800 px tablet.
 */
@Route("work")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class AssignmentLibraryView extends Main implements HasDynamicTitle {

    private final AssignmentAuthoring authoring;
    private final Grid<AssignmentRow> grid = new Grid<>();

    public AssignmentLibraryView(AssignmentAuthoring authoring) {
        this.authoring = authoring;
        addClassNames("people-view", "assignment-library");
        grid.addComponentColumn(this::describe).setHeader(getTranslation("authoring.title")).setFlexGrow(1);
        grid.addColumn(row -> DueTimes.due(row.dueAt())).setHeader(getTranslation("authoring.due"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.state() == AssignmentState.DRAFT ? "—" : getTranslation("authoring.children", row.children()))
                .setHeader(getTranslation("authoring.children-column")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("authoring.actions"))
                .setWidth("13rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addClassName("assignment-grid");
        grid.setEmptyStateText(getTranslation("authoring.empty"));
        Button create = new Button(getTranslation("authoring.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(AssignmentEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-assignment");
        add(create, grid);
        grid.setItems(authoring.library());
    }

    /** The title, then its state as a badge and how many questions it has. */
    private Div describe(AssignmentRow row) {
        Span state = new Span(getTranslation("authoring.state." + row.state().name()));
        state.addClassNames("assignment-state", "assignment-" + row.state().name().toLowerCase());
        Span questions = new Span(getTranslation("authoring.question-count", row.questions()));
        questions.addClassName("assignment-questions");
        Div title = new Div(new Span(RubySyntax.plain(row.title())), state, questions);
        title.addClassName("assignment-description");
        return title;
    }

    private Div actions(AssignmentRow row) {
        Button open = new Button(getTranslation("authoring.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(AssignmentEditorView.class, row.id())));
        open.addClassName("open-assignment");
        Button copy = new Button(getTranslation("authoring.copy"), click -> {
            long copied = authoring.copy(row.id());
            getUI().ifPresent(ui -> ui.navigate(AssignmentEditorView.class, copied));
        });
        copy.addClassName("copy-assignment");
        Div actions = new Div(open, copy);
        actions.addClassName("row-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.page-title");
    }
}
