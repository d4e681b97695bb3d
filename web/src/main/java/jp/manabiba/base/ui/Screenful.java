package jp.manabiba.base.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;

/**
 * A list that shares its page with other things: every row while they fit one screen, then one screen's height
 * that the grid fills lazily as the reader scrolls (Vaadin sends the browser only the rows in view), so no page
 * grows to thousands of pixels. Lists that are the whole page fill it instead ({@code setSizeFull}) and page in the
 * database.
 */
public final class Screenful {

    /** Rows that fit beside a heading at 1366x768 and on a tablet, with touch-sized buttons in the rows. */
    public static final int ROWS = 10;
    /** The height of those rows; the grid scrolls inside it. */
    static final String HEIGHT = "34rem";

    private Screenful() {
    }

    /** Shows the items, the whole list while it fits one screen, else a screenful that scrolls. */
    public static <T> void show(Grid<T> grid, List<T> items) {
        grid.setItems(items);
        boolean fits = items.size() <= ROWS;
        grid.setAllRowsVisible(fits);
        grid.setHeight(fits ? null : HEIGHT);
    }
}
