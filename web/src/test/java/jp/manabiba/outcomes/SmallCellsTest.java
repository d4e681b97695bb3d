package jp.manabiba.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small-cell suppression, walking every cell of many rows: nothing of 1-4 shows, and no total gives one away. */
class SmallCellsTest {

    @Test
    void no_shown_cell_or_total_stands_for_one_to_four_and_no_row_has_exactly_one_hidden_cell_beside_a_shown_total() {
        Random random = new Random(13);
        int walked = 0;
        for (int row = 0; row < 20_000; row++) {
            int width = 1 + random.nextInt(12);
            List<Long> sizes = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                sizes.add((long) (random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40)));
            }
            long total = sizes.stream().mapToLong(Long::longValue).sum();
            SmallCells.Hidden hidden = SmallCells.row(sizes, total);
            for (int i = 0; i < width; i++) {
                walked++;
                if (!hidden.cells().get(i)) {
                    assertThat(SmallCells.small(sizes.get(i))).as("row %s cell %d", sizes, i).isFalse();
                }
            }
            if (!hidden.total()) {
                assertThat(SmallCells.small(total)).isFalse();
                long hiddenNonZero = 0;
                for (int i = 0; i < width; i++) {
                    if (hidden.cells().get(i) && sizes.get(i) > 0) {
                        hiddenNonZero++;
                    }
                }
                assertThat(hiddenNonZero).as("a lone hidden cell could be worked out from the total: %s", sizes)
                        .isNotEqualTo(1);
            }
        }
        assertThat(walked).isGreaterThan(100_000);
    }

    @Test
    void the_next_smallest_cell_is_hidden_with_a_lone_small_one() {
        SmallCells.Hidden hidden = SmallCells.row(List.of(3L, 20L, 9L, 0L), 32);

        assertThat(hidden.cells()).containsExactly(true, false, true, false);
        assertThat(hidden.total()).isFalse();
    }

    @Test
    void the_total_goes_when_no_other_cell_can_hide_the_small_one() {
        SmallCells.Hidden hidden = SmallCells.row(List.of(0L, 7L, 0L), 7);

        assertThat(hidden.cells()).containsExactly(false, false, false);
        assertThat(SmallCells.row(List.of(0L, 3L, 0L, 0L), 8).total()).isTrue();
    }

    @Test
    void zero_is_shown_and_five_is_shown() {
        assertThat(SmallCells.row(List.of(0L, 5L, 12L), 17).cells()).containsOnly(false);
    }
}
