package jp.manabiba.tutoring.ui;

import java.util.Set;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;

/**
 * A column that a later feature adds to the tutor's live board (tutoring knows nothing of assignments or learning:
 * they declare beans of this type and {@link SessionBoardView} collects them). The board asks for the cells once
 * per redraw and shows them before its frozen actions.
 */
public interface BoardColumn {

    /** The translation key of the column's header; also the column's key in the grid. */
    String headerKey();

    /**
     * Loads the column's values for the session's children in one go and answers a cell per child. Called by the
     * board at each redraw, inside the UI's lock.
     */
    LongFunction<Component> cells(long sessionId);

    /**
     * Asks to be told when a value of these children changes; {@code redraw} may be called on any thread (the
     * board goes through UI.access itself). Returns the action that removes the registration (run on detach).
     */
    Runnable subscribe(long sessionId, Set<Long> learnerIds, Runnable redraw);
}
