package jp.manabiba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.base.MonthRange;
import org.junit.jupiter.api.Test;

/** The network's figures are counted once, recounted by the refresh, and recounted when read too old. */
class NetworkFiguresTest {

    private static final NetworkFigures.Key KEY = new NetworkFigures.Key("figures", "SESSIONS_HELD",
            new MonthRange(YearMonth.of(2026, 4), YearMonth.of(2027, 3)), List.of(1L, 2L));

    private final MovingClock clock = new MovingClock();
    private final NetworkFigures figures = new NetworkFigures(clock, Duration.ofMinutes(10));
    private final AtomicInteger records = new AtomicInteger(7);
    private final AtomicInteger counts = new AtomicInteger();

    private Integer count() {
        counts.incrementAndGet();
        return records.get();
    }

    @Test
    void a_figure_is_counted_once_and_kept_until_the_refresh_counts_it_again() {
        assertThat(figures.<Integer>get(KEY, this::count)).isEqualTo(7);
        records.set(8);
        clock.pass(Duration.ofMinutes(4));
        assertThat(figures.<Integer>get(KEY, this::count)).as("kept, not counted at the look").isEqualTo(7);
        assertThat(counts).hasValue(1);

        figures.recount();
        assertThat(figures.<Integer>get(KEY, this::count)).isEqualTo(8);
        assertThat(counts).hasValue(2);
        assertThat(figures.countedAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_figure_older_than_the_maximum_age_is_counted_again_when_read() {
        figures.get(KEY, this::count);
        records.set(9);
        clock.pass(Duration.ofMinutes(11));
        assertThat(figures.<Integer>get(KEY, this::count)).isEqualTo(9);
    }

    @Test
    void the_refresh_forgets_what_nobody_read_for_a_day() {
        figures.get(KEY, this::count);
        clock.pass(Duration.ofHours(25));
        figures.recount();
        assertThat(figures.isEmpty()).isTrue();
        assertThat(counts).as("not counted again for nobody").hasValue(1);
    }

    @Test
    void with_no_maximum_age_every_look_counts() {
        NetworkFigures live = new NetworkFigures(clock, Duration.ZERO);
        live.get(KEY, this::count);
        records.set(10);
        assertThat(live.<Integer>get(KEY, this::count)).isEqualTo(10);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T03:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
