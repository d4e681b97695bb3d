package jp.manabiba.schools.roster;

/**
 * How much a roster zip may unpack to, so that a zip bomb (a small zip that inflates to gigabytes) is stopped while it
 * streams, long before memory runs out. The zip's own declared sizes are never trusted: the bytes are counted as
 * they inflate.
 *
 * @param maxEntries    entries in the zip, folders and files the reader skips included
 * @param maxEntryBytes what one file may unpack to
 * @param maxTotalBytes what all entries together may unpack to (skipped ones too: skipping inflates them)
 * @param maxRatio      unpacked bytes per compressed byte read, checked once more than {@link #RATIO_FROM} bytes
 *                      have unpacked; real CSV packs to a tenth or a twentieth, a bomb to a thousandth
 */
record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    static final long RATIO_FROM = 1024 * 1024;
    private static final long MB = 1024 * 1024;

    /**
     * A city's roster (some 30,000 users make a users.csv of a few megabytes) fits well within these; the total is
     * also held to a tenth of the heap, since the files are kept in memory and decoded into text while read.
     */
    static ZipLimits forHeap() {
        long total = Math.min(128 * MB, Runtime.getRuntime().maxMemory() / 10);
        return new ZipLimits(200, Math.min(64 * MB, total), total, 100);
    }

    /** The same limits with another total (tests use a small one). */
    ZipLimits withTotal(long total) {
        return new ZipLimits(maxEntries, Math.min(maxEntryBytes, total), total, maxRatio);
    }

    static long megabytes(long bytes) {
        return Math.max(1, bytes / MB);
    }
}
