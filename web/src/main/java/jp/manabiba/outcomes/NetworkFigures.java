package jp.manabiba.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The network's figures, kept counted. A network year is hundreds of thousands of attendance and submission rows
 * (docs/benchmarks.md, "Outcomes network"): counting every card when an administrator opens the dashboard takes
 * seconds, so each network figure is counted once and recounted in the background ({@link NetworkFiguresRefresh})
 * every few minutes, never by anyone pressing a button. A figure older than {@code max-age} (the refresh fell
 * behind, or nobody has read it for a while) is recounted when read. One organisation's figures are always
 * counted live: they are small, and a coordinator who just recorded a session expects to see it.
 *
 * <p>Only counts are kept, never a child: the same figures the network's cards show. Each entry knows how to
 * recount itself, so the refresh needs to know nothing of indicators.
 */
@Component
class NetworkFigures {

    /** What is counted: an indicator's figures, sites or categories, over a range, for a set of organisations. */
    record Key(String what, String indicator, Object range, List<Long> organisations) {
    }

    private record Entry(Supplier<?> count, Object value, Instant countedAt, Instant readAt) {
        Entry read(Instant now) {
            return new Entry(count, value, countedAt, now);
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maxAge;

    NetworkFigures(Clock clock, @Value("${manabiba.outcomes.network-max-age:PT10M}") Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The kept figure, or {@code count}'s answer now when there is none young enough (then kept). */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> count) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || entry.countedAt().plus(maxAge).isBefore(now) || maxAge.isZero()) {
            entry = new Entry(count, count.get(), now, now);
        } else {
            entry = entry.read(now);
        }
        entries.put(key, entry);
        return (T) entry.value();
    }

    /** When the oldest figure read within the last {@code max-age} was counted: what the dashboard says. */
    Instant countedAt() {
        Instant now = clock.instant();
        return entries.values().stream().filter(e -> !e.readAt().plus(maxAge).isBefore(now)).map(Entry::countedAt)
                .min(Instant::compareTo).orElse(now);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Recounts every figure read within the last day, one after another (a background thread, so a slow count
     * delays nobody), and forgets the others (a past month's programme to date, a year nobody looks at).
     */
    void recount() {
        Instant now = clock.instant();
        entries.entrySet().removeIf(e -> e.getValue().readAt().plus(Duration.ofDays(1)).isBefore(now));
        for (Map.Entry<Key, Entry> e : List.copyOf(entries.entrySet())) {
            Entry old = e.getValue();
            entries.put(e.getKey(), new Entry(old.count(), old.count().get(), clock.instant(), old.readAt()));
        }
    }
}
