package jp.manabiba.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.manabiba.curriculum.text.FuriganaEngine;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11: an ESD lesson page ({@code /learner/lesson/<unit>/<lesson>}) opened by 40 children of mixed grades
 * (P1-J3, furigana by grade) at the same moment, each its own signed-in client speaking UIDL ({@link UidlClient}):
 * the server's time per page (the init request and the navigation request that builds the page, both on this
 * machine, so no network) and the
 * furigana engine's cache hits and analyses during the rush. Twice: the lesson never shown before (cold), then again.
 * Not a test: run it on purpose (bench/README.md).
 */
@BenchApplication
class LessonRushBenchmark {

    private static final int CHILDREN = 40;
    private static final String UNIT = "food-loss-kodomo-shokudo";
    private static final String LESSON = "what-is-food-loss";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChildTexts texts;

    @Test
    void forty_children_open_one_lesson_at_once() throws Exception {
        List<Long> children = BenchChildren.create(jdbc, "reader", CHILDREN);
        long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
        long tutor = BenchChildren.account(jdbc, "tutor");
        for (long child : children) {
            jdbc.update("""
                    insert into unit_assignment (unit_id, organisation_id, learner_id, assigned_by, assigned_at)
                    values (?, ?, ?, ?, utc_timestamp(6))""", UNIT, organisation, child, tutor);
        }
        List<UidlClient> tabs = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            UidlClient tab = new UidlClient(port, "10.3.0." + (i + 1));
            tab.signIn("reader" + (i + 1), BenchChildren.PASSWORD);
            tabs.add(tab);
        }
        texts.line("学び場", ReaderGrade.EVERY_KANJI); // the engine loaded: its one-off start is not a page's time
        FuriganaEngine engine = engine();
        StringBuilder report = new StringBuilder("""
                ### 40 children of grades P1-J3 open one lesson at once (%s/%s)

                | rush | pages opened / errors | server time per page: median / p95 / max | furigana analyses (misses) / cache hits | load average before (1 / 5 / 15 min) |
                |---|---|---|---|---|
                """.formatted(UNIT, LESSON));
        for (String rush : List.of("first time the lesson is shown (cold cache)", "again (warm cache)")) {
            long analyses = engine.analyses();
            long hits = engine.cacheHits();
            String load = Figures.load();
            ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> opens = new ArrayList<>();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (UidlClient tab : tabs) {
                    opens.add(threads.submit(() -> {
                        go.await();
                        long began = System.nanoTime();
                        try {
                            tab.open("learner/lesson/" + UNIT + "/" + LESSON);
                            nanos.add(System.nanoTime() - began);
                            tab.node("vaadin-button"); // the page was built (its finish button)
                        } catch (RuntimeException e) {
                            errors.add(e.getMessage());
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> open : opens) {
                    open.get(5, TimeUnit.MINUTES);
                }
            }
            report.append("| %s | %d / %d | %s ms | %d / %d | %s |\n".formatted(rush, nanos.size(), errors.size(),
                    Figures.percentiles(nanos), engine.analyses() - analyses, engine.cacheHits() - hits, load));
            errors.stream().limit(3).forEach(e -> report.append("\nerror: ").append(e));
        }
        Figures.report("bench-lesson-rush", report.toString());
    }

    /** The application's one engine (held by ChildTexts for the whole JVM), for its counters. */
    private static FuriganaEngine engine() throws ReflectiveOperationException {
        var holder = Class.forName("jp.manabiba.text.ChildTexts$Shared").getDeclaredField("ENGINE");
        holder.setAccessible(true);
        return (FuriganaEngine) holder.get(null);
    }
}
