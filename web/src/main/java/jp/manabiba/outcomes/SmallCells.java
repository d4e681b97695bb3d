package jp.manabiba.outcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * The suppression policy for figures that leave an organisation (network views, an administrator's view of an
 * organisation, exports): a cell that stands for 1-4 children or households is shown as "&lt;5". So that a
 * suppressed cell cannot be worked out from the row's total by subtraction, a row never has exactly one suppressed
 * cell while its total is shown: the next smallest cell is suppressed too, or the total when there is none.
 * Zero is shown: it singles nobody out.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    public static boolean small(long size) {
        return size > 0 && size < THRESHOLD;
    }

    /**
     * Which cells of one row (months of a year, organisations of the network) and which of its total to hide.
     *
     * @param sizes the children or households behind each cell ({@link Cell#size()})
     * @param total the same for the row's total
     */
    public static Hidden row(List<Long> sizes, long total) {
        List<Boolean> hidden = new ArrayList<>(sizes.stream().map(SmallCells::small).toList());
        boolean totalHidden = small(total);
        if (!totalHidden && hidden.stream().filter(h -> h).count() == 1) {
            int next = -1;
            for (int i = 0; i < sizes.size(); i++) {
                if (!hidden.get(i) && sizes.get(i) > 0 && (next < 0 || sizes.get(i) < sizes.get(next))) {
                    next = i;
                }
            }
            if (next >= 0) {
                hidden.set(next, true);
            } else {
                totalHidden = true;
            }
        }
        return new Hidden(List.copyOf(hidden), totalHidden);
    }

    /**
     * Whether the programme-to-date figure must be hidden beside the fiscal years' figures, which the dashboard shows
     * for each year. For a SUM the programme is the years added: shown beside them, it would give away a year
     * of 1-4 (the programme minus the other years) and a programme minus one year of 1-4 is the other years' count.
     * For a DISTINCT head count the programme minus a year is the people counted in the programme but not in that
     * year: a head count too, hidden when 1-4. The decision takes every fiscal year of the programme to date (not
     * only the one on the screen), so the programme's figure is hidden or shown alike whichever year is chosen and
     * no two screens can be subtracted. Rates and stocks (RATE, LATEST) are not differences of counts: only their own
     * size counts.
     *
     * @param programme the size behind the programme-to-date figure ({@link Cell#size()})
     * @param years     the size behind each fiscal year's figure (the years of the programme to date, and the one
     *                  on the screen)
     */
    public static boolean programmeHidden(Aggregation aggregation, long programme, List<Long> years) {
        if (small(programme)) {
            return true;
        }
        return switch (aggregation) {
            case SUM -> years.stream().anyMatch(year -> small(year) || small(programme - year));
            case DISTINCT -> years.stream().anyMatch(year -> small(programme - year));
            case RATE, LATEST -> false;
        };
    }

    /** Nothing hidden: the row stays inside the organisation. */
    public static Hidden none(int cells) {
        return new Hidden(java.util.Collections.nCopies(cells, false), false);
    }

    public record Hidden(List<Boolean> cells, boolean total) {
    }
}
