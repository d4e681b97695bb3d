package jp.manabiba.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Small helpers the benchmarks share: percentiles, the heap after GC, the machine's load, the report file. */
public final class Figures {

    private Figures() {
    }

    /** "median / p95 / max" in ms of these nanosecond timings. */
    public static String percentiles(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "–";
        }
        return "%.1f / %.1f / %.1f".formatted(ms(sorted[(sorted.length - 1) / 2]),
                ms(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]), ms(sorted[sorted.length - 1]));
    }

    public static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Used heap after full collections, in bytes (System.gc() is a full GC with G1, the default). */
    public static long heapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The machine's 1-, 5- and 15-minute load averages, as /proc/loadavg says (other builds share the cores). */
    public static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Prints the report and writes it to target/&lt;name&gt;.md (appending to what earlier methods wrote). */
    public static void report(String name, String text) {
        System.out.println("\n" + text + "\n");
        try {
            Files.writeString(Path.of("target", name + ".md"), text + "\n\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
