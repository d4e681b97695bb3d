package jp.manabiba.tutoring.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.tutoring.BoardState;
import org.jspecify.annotations.Nullable;

/**
 * The board's columns from later features ({@link BoardColumn}): their grid columns, their cells of the last
 * redraw, and their registrations for push, kept for the children on the board and removed on detach.
 */
final class BoardExtras {

    private final List<BoardColumn> columns;
    private final Map<BoardColumn, LongFunction<Component>> cells = new HashMap<>();
    private final List<Runnable> registrations = new ArrayList<>();
    private @Nullable Set<Long> followed;

    BoardExtras(List<BoardColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds one grid column per extension, narrow and wrapping, so that the frozen actions stay in view. */
    void addTo(Grid<BoardState.Child> grid) {
        for (BoardColumn column : columns) {
            grid.addComponentColumn(child -> cells.getOrDefault(column, id -> new Span()).apply(child.learnerId()))
                    .setHeader(grid.getTranslation(column.headerKey())).setKey(column.headerKey())
                    .setWidth("8.5rem").setFlexGrow(1);
        }
    }

    /** Loads every column's values for this redraw (one call each). */
    void load(long sessionId) {
        columns.forEach(column -> cells.put(column, column.cells(sessionId)));
    }

    /** Registers for these children, again only when they changed since the last registration. */
    void follow(long sessionId, Set<Long> learnerIds, Runnable redraw) {
        if (learnerIds.equals(followed)) {
            return;
        }
        stop();
        followed = Set.copyOf(learnerIds);
        columns.forEach(column -> registrations.add(column.subscribe(sessionId, followed, redraw)));
    }

    void stop() {
        registrations.forEach(Runnable::run);
        registrations.clear();
        followed = null;
    }
}
