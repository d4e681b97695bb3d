package jp.manabiba.people.roster;

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

/**
 * Gets the bytes of the package's files out of a folder or a zip. Only the files the reader knows are kept, and only
 * up to a size limit, since an upload may be a zip bomb. When this fails the whole package is unreadable: the result
 * is empty and the problems say why, rather than a partial set of files that would look like a small roster.
 */
final class PackageSource {

    private PackageSource() {
    }

    /** The files by kind, or empty when the package could not be opened (the problems then say why). */
    static Optional<Map<RosterFile, byte[]>> folder(Path folder, long maxBytes, Problems problems) {
        Map<RosterFile, byte[]> files = new EnumMap<>(RosterFile.class);
        long total = 0;
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.sorted().toList()) {
                Optional<RosterFile> kind = RosterFile.byName(path.getFileName().toString());
                if (kind.isEmpty() || !Files.isRegularFile(path)) {
                    continue;
                }
                total += Files.size(path);
                if (total > maxBytes) {
                    return tooLarge(maxBytes, problems);
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

    /** The files by kind, read from a zip stream; files in a folder inside the zip count too. */
    static Optional<Map<RosterFile, byte[]>> zip(InputStream in, long maxBytes, Problems problems) {
        Map<RosterFile, byte[]> files = new EnumMap<>(RosterFile.class);
        long total = 0;
        int entries = 0;
        // Entry names are only compared with ASCII file names; ISO-8859-1 decodes any bytes, so a Japanese name
        // written by a Windows zip tool in Shift_JIS cannot stop the reading.
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.ISO_8859_1)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                Optional<RosterFile> kind = kindOf(entry);
                if (kind.isEmpty()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += bytes.length;
                if (total > maxBytes) {
                    return tooLarge(maxBytes, problems);
                }
                if (files.putIfAbsent(kind.get(), bytes) != null) {
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
        problems.add("", 0, RosterProblem.TOO_LARGE, String.valueOf(maxBytes / (1024 * 1024)));
        return Optional.empty();
    }
}
