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

    /** Nothing hidden: the row stays inside the organisation. */
    public static Hidden none(int cells) {
        return new Hidden(java.util.Collections.nCopies(cells, false), false);
    }

    public record Hidden(List<Boolean> cells, boolean total) {
    }
}
