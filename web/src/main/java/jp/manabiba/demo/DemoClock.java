package jp.manabiba.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock in demo mode: the real time, except on the demo seeder's own thread while it acts out a
 * past day ({@link #at}), when it reads that day (running on from it as real time runs). This is how the demo's
 * history of assignments handed in and reviewed, units rated and community actions reported gets past timestamps
 * while going through the features' own services and every rule they check then (a due date ahead, an action
 * reported within days): those services write "now", and only the demo may move "now" (the bean exists only when
 * {@code manabiba.demo.enabled}, see {@link DemoClockConfiguration}). Chosen over raw SQL, which would skip the
 * services' rules, and over a demo-only back door in each feature, which would widen their public surface.
 */
final class DemoClock extends Clock {

    /** Shared by every zone's view of this clock: {@code clock.withZone(...)} must see the past day too. */
    private final ThreadLocal<@Nullable Pretending> pretending;
    private final Clock real;

    DemoClock(Clock real) {
        this(real, new ThreadLocal<>());
    }

    private DemoClock(Clock real, ThreadLocal<@Nullable Pretending> pretending) {
        this.real = real;
        this.pretending = pretending;
    }

    /** Does the work on this thread as if it were {@code when}; other threads keep the real time throughout. */
    <T> T at(Instant when, Supplier<T> work) {
        Pretending before = pretending.get();
        pretending.set(new Pretending(when, real.instant()));
        try {
            return work.get();
        } finally {
            pretending.set(before);
        }
    }

    void at(Instant when, Runnable work) {
        at(when, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Pretending now = pretending.get();
        Instant realNow = real.instant();
        return now == null ? realNow : now.day().plus(Duration.between(now.since(), realNow));
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone), pretending);
    }

    private record Pretending(Instant day, Instant since) {
    }
}
