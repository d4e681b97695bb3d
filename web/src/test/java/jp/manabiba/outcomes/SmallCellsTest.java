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

    @Test
    void a_sums_programme_to_date_figure_goes_when_its_difference_from_a_year_is_small() {
        // 7 and 5 are both shown alone, but 7 - 5 gives away the 2 of the earlier year
        assertThat(SmallCells.programmeHidden(Aggregation.SUM, 7, List.of(5L, 2L, 5L))).isTrue();
        // a year of 3 hidden on its own screen would be the programme minus the years shown on theirs
        assertThat(SmallCells.programmeHidden(Aggregation.SUM, 33, List.of(30L, 3L))).isTrue();
        assertThat(SmallCells.programmeHidden(Aggregation.SUM, 12, List.of(5L, 7L, 5L))).isFalse();
        assertThat(SmallCells.programmeHidden(Aggregation.SUM, 9, List.of(9L, 0L, 9L))).as("a difference of 0 reveals nobody").isFalse();
    }

    @Test
    void a_head_counts_programme_to_date_figure_goes_when_one_to_four_were_counted_in_it_and_not_in_a_year() {
        assertThat(SmallCells.programmeHidden(Aggregation.DISTINCT, 7, List.of(6L, 7L, 6L))).isTrue();
        // a year of 3 is not the programme minus the others for a head count: the same household is in several
        assertThat(SmallCells.programmeHidden(Aggregation.DISTINCT, 40, List.of(3L, 35L, 30L))).isFalse();
        assertThat(SmallCells.programmeHidden(Aggregation.DISTINCT, 3, List.of(3L))).isTrue();
    }

    @Test
    void rates_look_at_their_own_size_only() {
        assertThat(SmallCells.programmeHidden(Aggregation.RATE, 40, List.of(38L))).isFalse();
        assertThat(SmallCells.programmeHidden(Aggregation.RATE, 4, List.of(4L))).isTrue();
    }

    @Test
    void no_shown_programme_to_date_sum_is_one_to_four_away_from_any_of_its_years() {
        Random random = new Random(32);
        int shown = 0;
        for (int walk = 0; walk < 20_000; walk++) {
            List<Long> years = new ArrayList<>();
            for (int y = 0; y < 1 + random.nextInt(3); y++) {
                years.add((long) (random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt(30)));
            }
            long programme = years.stream().mapToLong(Long::longValue).sum();
            if (SmallCells.programmeHidden(Aggregation.SUM, programme, years)) {
                continue;
            }
            shown++;
            assertThat(SmallCells.small(programme)).isFalse();
            for (int y = 0; y < years.size(); y++) {
                long others = programme - years.get(y);
                assertThat(SmallCells.small(years.get(y)) || SmallCells.small(others)).as("%s year %d", years, y).isFalse();
            }
        }
        assertThat(shown).isGreaterThan(1_000);
    }
}
