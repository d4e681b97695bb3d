package jp.manabiba.curriculum.unit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Loading (and validating) every unit at start: the first load in a fresh JVM (what the application pays, class
 * loading of the YAML and Markdown parsers included), later loads, and the heap the loaded units hold. Run on
 * purpose (see bench/README.md), never by mvn verify. {@code -Dunits=<folder>} picks another units root.
 */
class UnitLoadingBenchmark {

    private static final Path UNITS = Path.of(System.getProperty("units",
            "../content/src/main/resources/jp/manabiba/content/units"));
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    @Test
    void measure() throws IOException {
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        var catalogue = UnitCatalogue.load(UNITS).orElseThrow();
        long first = System.nanoTime() - start;
        long heapHeld = usedHeapAfterGc() - heapBefore;

        for (int i = 0; i < WARM_UP; i++) {
            UnitCatalogue.load(UNITS).orElseThrow();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long runStart = System.nanoTime();
            UnitCatalogue.load(UNITS).orElseThrow();
            nanos[i] = System.nanoTime() - runStart;
        }
        Arrays.sort(nanos);

        var units = catalogue.units();
        long lessons = units.stream().mapToLong(unit -> unit.lessons().size()).sum();
        long activities = units.stream().mapToLong(unit -> unit.activities().size()).sum();
        long characters = units.stream().flatMap(unit -> unit.lessons().stream())
                .mapToLong(lesson -> lesson.text().length()).sum();
        var out = new StringBuilder("| measure | value |\n|---|---|\n");
        out.append(String.format(Locale.ROOT, "| units / lessons / activities / lesson characters | %d / %d / %d / %,d |%n",
                units.size(), lessons, activities, characters));
        out.append(String.format(Locale.ROOT, "| first load in a fresh JVM (as at start) | %.0f ms |%n", first / 1e6));
        out.append(String.format(Locale.ROOT, "| later loads, median / p95 / max (%d runs) | %.1f / %.1f / %.1f ms |%n",
                RUNS, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6));
        out.append(String.format(Locale.ROOT, "| heap held by the loaded units (after GC; with the parsers' static state) | %.1f MiB |%n",
                heapHeld / 1048576.0));
        System.out.println(out);
        Files.writeString(Path.of("target/bench-units.md"), out);
        if (catalogue.units().isEmpty()) {
            System.out.println("(no units under " + UNITS + ")");
        }
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
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
