package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.QueueFilter;
import jp.manabiba.assignments.QueueRow;
import jp.manabiba.assignments.Reviewing;
import jp.manabiba.assignments.WorkChoices;
import jp.manabiba.assignments.WorkOption;
import jp.manabiba.security.Roles;
import jp.manabiba.curriculum.text.RubySyntax;

/**
 * Handed-in work waiting for the reviewer, oldest first, filtered by series and by child. The grid pages in the
 * database (the service's one query a page); the open button is frozen at the row's end so that it stays in view
 * at 1366x768 and on a portrait tablet.
 */
@Route("work/review")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR})
public class ReviewQueueView extends Main implements HasDynamicTitle {

    private final ComboBox<WorkOption> series = new ComboBox<>();
    private final ComboBox<WorkOption> learner = new ComboBox<>();
    private final Grid<QueueRow> grid = new Grid<>();

    public ReviewQueueView(Reviewing reviewing, WorkChoices choices) {
        addClassNames("people-view", "review-queue");
        java.util.List<WorkOption> seriesOptions = choices.series();
        series.setLabel(getTranslation("review.filter.series"));
        series.setItems(seriesOptions);
        learner.setLabel(getTranslation("review.filter.learner"));
        learner.setItems(choices.waitingLearners());
        for (ComboBox<WorkOption> filter : java.util.List.of(series, learner)) {
            filter.setItemLabelGenerator(WorkOption::name);
            filter.setClearButtonVisible(true);
            filter.setPlaceholder(getTranslation("filter.all"));
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        series.setVisible(!seriesOptions.isEmpty()); // a teacher's work is not given to series

        grid.addColumn(row -> row.submittedAt() == null ? "" : DueTimes.due(row.submittedAt()))
                .setHeader(getTranslation("review.submitted-at")).setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("review.work")).setFlexGrow(1);
        grid.addColumn(QueueRow::learnerName).setHeader(getTranslation("review.learner")).setAutoWidth(true);
        grid.addComponentColumn(row -> new Button(getTranslation("review.open"),
                        click -> getUI().ifPresent(ui -> ui.navigate(ReviewWorkView.class, row.submissionId()))))
                .setHeader(getTranslation("review.actions")).setWidth("8rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("review-grid");
        grid.setEmptyStateText(getTranslation("empty.review-queue"));
        grid.setSizeFull();
        grid.setItems(query -> {
            int offset = query.getOffset(); // read even for an empty page: the grid checks its query was used
            int limit = query.getLimit();
            return reviewing.queue(filter(), offset, limit).stream();
        });

        HorizontalLayout filters = new HorizontalLayout(series, learner);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private QueueFilter filter() {
        return new QueueFilter(series.getValue() == null ? null : series.getValue().id(),
                learner.getValue() == null ? null : learner.getValue().id());
    }

    /** The title, then the attempt and a late mark when they matter. */
    private Div describe(QueueRow row) {
        Div work = new Div(new Span(RubySyntax.plain(row.title())));
        work.addClassName("review-work");
        if (row.attempt() > 1) {
            work.add(tag(getTranslation("review.attempt", row.attempt()), "review-attempt"));
        }
        if (row.late()) {
            work.add(tag(getTranslation("review.late"), "review-late"));
        }
        return work;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassName(className);
        return tag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
