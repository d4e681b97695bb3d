package jp.manabiba.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: 40 children answering at once on the real answering screen ({@code /learner/work/<id>}), each its own
 * {@link UidlClient}: one change every 5 s each for {@code -Dbench.minutes} (5 by default), the save round trip, the
 * saves lost (each child's last typed value against the database) and the heap per answering child. Not a test:
 * run it on purpose (bench/README.md).
 */
@BenchApplication
class FortyChildrenBenchmark {

    /** In work.save-failed: the screen says a save did not get through (the database is the real check, at the end). */
    private static final String FAILED = "できなかった";
    private static final int CHILDREN = 40;
    private static final long EVERY_MILLIS = 5_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forty_children_answering_at_once() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("bench.minutes", "5"));
        List<Long> children = BenchChildren.create(jdbc, "busy", CHILDREN);
        long[] work = BenchAssignments.create(jdbc, "ベンチ みんな", "LONG_TEXT", BenchAssignments.inDays(7));
        List<Long> submissions = BenchAssignments.give(jdbc, work[0], children);
        long before = Figures.heapAfterGc();
        List<UidlClient> tabs = new ArrayList<>();
        List<Integer> fields = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            UidlClient tab = new UidlClient(port, "10.2.0." + (i + 1));
            tab.signIn("busy" + (i + 1), BenchChildren.PASSWORD);
            tab.open("learner/work/" + submissions.get(i));
            tabs.add(tab);
            fields.add(tab.node("vaadin-text-area"));
        }
        long open = Figures.heapAfterGc();
        String loadBefore = Figures.load();

        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        String[] lastTyped = new String[CHILDREN];
        AtomicInteger notSaved = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60_000) * 1_000_000;
        Random random = new Random(40);
        List<Future<?>> runs = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CHILDREN; i++) {
                int child = i;
                long offset = random.nextLong(EVERY_MILLIS) * 1_000_000;
                runs.add(threads.submit(() -> {
                    for (int k = 0; ; k++) {
                        long at = start + offset + k * EVERY_MILLIS * 1_000_000;
                        if (at >= end) {
                            return;
                        }
                        sleepUntil(at);
                        String value = "こども " + (child + 1) + " の こたえ " + k + "：かわの みずは つめたかった。";
                        lastTyped[child] = value;
                        long began = System.nanoTime();
                        try {
                            String answer = tabs.get(child).setValue(fields.get(child), value);
                            nanos.add(System.nanoTime() - began);
                            if (answer.contains(FAILED)) {
                                notSaved.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.add("child " + (child + 1) + ": " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.MINUTES);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String loadAfter = Figures.load();
        int lost = 0;
        List<String> lostOnes = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            List<String> stored = jdbc.queryForList("select text_answer from assignment_answer where submission_id = ?",
                    String.class, submissions.get(i));
            if (lastTyped[i] != null && (stored.isEmpty() || !lastTyped[i].equals(stored.getFirst()))) {
                lost++;
                lostOnes.add("child " + (i + 1) + ": typed '" + lastTyped[i] + "', stored " + stored);
            }
        }
        long afterRun = Figures.heapAfterGc();
        Figures.report("bench-autosave", """
                ### %d children answering at once, one change every 5 s each for %.1f minutes (%s)

                | figure | value |
                |---|---|
                | saves sent / answered without a failure notice / errors | %d / %d / %d |
                | save round trip, median / p95 / max | %s ms |
                | last typed value of each child = the database's (saves lost) | %d of %d (%d lost) |
                | heap after GC: before the children / with %d answering screens open / after the run | %.1f / %.1f / %.1f MiB |
                | heap per answering child (signed-in session and open screen) | %.0f KiB |
                | load average (1 / 5 / 15 min) before / after the run | %s; %s |

                %s%s""".formatted(CHILDREN, minutes, Instant.now(), nanos.size() + errors.size(), nanos.size() - notSaved.get(),
                errors.size(), Figures.percentiles(nanos), CHILDREN - lost, CHILDREN, lost, CHILDREN,
                before / 1048576.0, open / 1048576.0, afterRun / 1048576.0, (open - before) / 1024.0 / CHILDREN,
                loadBefore, loadAfter, String.join("\n", errors.stream().limit(5).toList()),
                String.join("\n", lostOnes) + "\nrun took %.0f s".formatted(seconds)));
        if (lost > 0 || !errors.isEmpty()) {
            throw new AssertionError(lost + " saves lost, " + errors.size() + " errors");
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
