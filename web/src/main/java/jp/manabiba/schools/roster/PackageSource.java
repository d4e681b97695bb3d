package jp.manabiba.schools.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Gets the bytes of the package's files out of a folder or a zip. Only the files the reader knows are kept, and only
 * within {@link ZipLimits}, since an upload may be a zip bomb. When this fails the whole package is unreadable: the result
 * is empty and the problems say why, rather than a partial set of files that would look like a small roster.
 */
final class PackageSource {

    private PackageSource() {
    }

    /** The files by kind, or empty when the package could not be opened (the problems then say why). */
    static Optional<Map<RosterFile, byte[]>> folder(Path folder, ZipLimits limits, Problems problems) {
        Map<RosterFile, byte[]> files = new EnumMap<>(RosterFile.class);
        long total = 0;
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.sorted().toList()) {
                Optional<RosterFile> kind = RosterFile.byName(path.getFileName().toString());
                if (kind.isEmpty() || !Files.isRegularFile(path)) {
                    continue;
                }
                total += Files.size(path);
                if (total > limits.maxTotalBytes()) {
                    return tooLarge(limits.maxTotalBytes(), problems);
                }
                if (files.putIfAbsent(kind.get(), Files.readAllBytes(path)) != null) {
                    problems.add(kind.get().fileName(), 0, RosterProblem.DUPLICATE_FILE);
                }
            }
        } catch (IOException e) {
            problems.add("", 0, RosterProblem.UNREADABLE);
            return Optional.empty();
        }
        return Optional.of(files);
    }

    /**
     * The files by kind, read from a zip stream; files in a folder inside the zip count too. Every entry is inflated
     * through a counter (skipping one inflates it too), and the reading stops at the first limit crossed.
     */
    static Optional<Map<RosterFile, byte[]>> zip(InputStream in, ZipLimits limits, Problems problems) {
        Map<RosterFile, byte[]> files = new EnumMap<>(RosterFile.class);
        CountingInputStream compressed = new CountingInputStream(in);
        Inflation inflation = new Inflation(limits, compressed);
        int entries = 0;
        // Entry names are only compared with ASCII file names; ISO-8859-1 decodes any bytes, so a Japanese name
        // written by a Windows zip tool in Shift_JIS cannot stop the reading.
        try (ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.ISO_8859_1)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    problems.add("", 0, RosterProblem.TOO_MANY_ENTRIES, String.valueOf(limits.maxEntries()));
                    return Optional.empty();
                }
                Optional<RosterFile> kind = kindOf(entry);
                ByteArrayOutputStream kept = kind.isPresent() ? new ByteArrayOutputStream() : null;
                Optional<String> exceeded = inflation.entry(zip, kept);
                if (exceeded.isPresent()) {
                    String problem = exceeded.get();
                    if (problem.equals(RosterProblem.FILE_TOO_LARGE)) {
                        problems.add("", 0, problem, entryName(entry),
                                String.valueOf(ZipLimits.megabytes(limits.maxEntryBytes())));
                    } else if (problem.equals(RosterProblem.TOO_LARGE)) {
                        return tooLarge(limits.maxTotalBytes(), problems);
                    } else {
                        problems.add("", 0, problem);
                    }
                    return Optional.empty();
                }
                if (kind.isPresent() && files.putIfAbsent(kind.get(), kept.toByteArray()) != null) {
                    problems.add(kind.get().fileName(), 0, RosterProblem.DUPLICATE_FILE);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            problems.add("", 0, RosterProblem.NOT_A_ZIP);
            return Optional.empty();
        } catch (IOException e) {
            problems.add("", 0, RosterProblem.UNREADABLE);
            return Optional.empty();
        }
        if (entries == 0) { // ZipInputStream reads anything that is not a zip as a zip without entries
            problems.add("", 0, RosterProblem.NOT_A_ZIP);
            return Optional.empty();
        }
        return Optional.of(files);
    }

    private static String entryName(ZipEntry entry) {
        String name = entry.getName().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Counts what every entry inflates to, against the limits, reading a buffer at a time. */
    private static final class Inflation {

        private final ZipLimits limits;
        private final CountingInputStream compressed;
        private final byte[] buffer = new byte[64 * 1024];
        private long total;

        Inflation(ZipLimits limits, CountingInputStream compressed) {
            this.limits = limits;
            this.compressed = compressed;
        }

        /** Reads the current entry to its end, into {@code kept} when not null; the problem when a limit is crossed. */
        Optional<String> entry(InputStream entry, @Nullable ByteArrayOutputStream kept) throws IOException {
            long size = 0;
            for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
                size += n;
                total += n;
                if (total > limits.maxTotalBytes()) {
                    return Optional.of(RosterProblem.TOO_LARGE);
                }
                if (size > limits.maxEntryBytes()) {
                    return Optional.of(RosterProblem.FILE_TOO_LARGE);
                }
                if (total > ZipLimits.RATIO_FROM && total / Math.max(1, compressed.count()) > limits.maxRatio()) {
                    return Optional.of(RosterProblem.SUSPICIOUS_COMPRESSION);
                }
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
            return Optional.empty();
        }
    }

    // macOS adds __MACOSX/ folders and ._ files beside the real ones; they are never roster files.
    private static Optional<RosterFile> kindOf(ZipEntry entry) {
        String name = entry.getName().replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".")) {
            return Optional.empty();
        }
        return RosterFile.byName(base);
    }

    private static Optional<Map<RosterFile, byte[]>> tooLarge(long maxBytes, Problems problems) {
        problems.add("", 0, RosterProblem.TOO_LARGE, String.valueOf(ZipLimits.megabytes(maxBytes)));
        return Optional.empty();
    }
}
