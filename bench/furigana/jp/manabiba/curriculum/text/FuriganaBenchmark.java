package jp.manabiba.curriculum.text;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Characters per second of the furigana engine on a realistic lesson text, for grades 1, 3 and 6, a cache hit,
 * and the heap the analyser holds once loaded. Run on purpose (see bench/README.md), never by mvn verify.
 */
class FuriganaBenchmark {

    private static final Path LESSON = Path.of("../bench/furigana/lesson.txt");
    private static final int WARM_UP = 200;
    private static final int RUNS = 400;

    @Test
    void measure() throws IOException {
        long heapBefore = usedHeapAfterGc();
        long directBefore = directBuffers();
        FuriganaEngine engine;
        try (var reader = Files.newBufferedReader(Fixtures.READINGS, StandardCharsets.UTF_8)) {
            engine = FuriganaEngine.withReadings(reader, Fixtures.READINGS.toString());
        }
        engine.annotate("高槻の芥川で遊ぶ。", ReaderGrade.of(1));
        JapaneseAnswers.matches("ｱｲｽ", java.util.List.of("アイス"));
        long heapAfter = usedHeapAfterGc();
        long directAfter = directBuffers();

        String lesson = Files.readAllLines(LESSON, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        var out = new StringBuilder();
        out.append("| measure | value |\n|---|---|\n");
        out.append(String.format(Locale.ROOT, "| lesson text | %,d characters |%n", lesson.length()));
        for (int i = 0; i < WARM_UP; i++) {
            for (int grade : new int[] {1, 3, 6}) {
                engine.annotate(lesson + "（" + i + "）", ReaderGrade.of(grade));
            }
        }
        for (int grade : new int[] {1, 3, 6}) {
            var reader = ReaderGrade.of(grade);
            long[] nanos = new long[RUNS];
            long chars = 0;
            for (int i = 0; i < RUNS; i++) {
                // a text of its own each run, so every run is a cache miss: the analysis itself is measured
                String text = lesson + "（" + (WARM_UP + i) + "）";
                long start = System.nanoTime();
                engine.annotate(text, reader);
                nanos[i] = System.nanoTime() - start;
                chars += text.length();
            }
            Arrays.sort(nanos);
            long total = Arrays.stream(nanos).sum();
            out.append(String.format(Locale.ROOT, "| grade %d: characters per second (cache miss, %d runs) | %,.0f |%n",
                    grade, RUNS, chars / (total / 1e9)));
            out.append(String.format(Locale.ROOT, "| grade %d: ms per lesson, median / p95 / max | %.2f / %.2f / %.2f |%n",
                    grade, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6));
        }
        var markdown = new ChildMarkdown(engine, "https://manabiba.example.jp");
        String lessonMarkdown = "## 芥川をきれいに\n\n" + lesson.replace("\n", "\n\n") + "\n\n- **軍手**\n- *ごみ袋*\n";
        for (int i = 0; i < WARM_UP; i++) {
            markdown.render(lessonMarkdown + i, ReaderGrade.of(3));
        }
        long[] renders = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            markdown.render(lessonMarkdown + (WARM_UP + i), ReaderGrade.of(3));
            renders[i] = System.nanoTime() - start;
        }
        Arrays.sort(renders);
        out.append(String.format(Locale.ROOT,
                "| ChildMarkdown, grade 3, whole lesson as Markdown (parse, ruby, render, sanitise; every paragraph but the last from the cache): ms median / p95 | %.2f / %.2f |%n",
                renders[RUNS / 2] / 1e6, renders[RUNS * 95 / 100] / 1e6));
        long hitStart = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            engine.annotate(lesson + "（0）", ReaderGrade.of(1));
        }
        out.append(String.format(Locale.ROOT, "| cache hit, µs per call | %.2f |%n", (System.nanoTime() - hitStart) / 1e3 / 10_000));
        out.append(String.format(Locale.ROOT, "| heap held once loaded (after GC) | %.1f MiB |%n", (heapAfter - heapBefore) / 1048576.0));
        out.append(String.format(Locale.ROOT, "| direct (off-heap) buffers once loaded | %.1f MiB |%n", (directAfter - directBefore) / 1048576.0));
        System.out.println(out);
        Files.writeString(Path.of("target/bench-furigana.md"), out);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static long directBuffers() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }
}
