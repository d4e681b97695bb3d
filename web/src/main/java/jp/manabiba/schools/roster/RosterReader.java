package jp.manabiba.schools.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a OneRoster 1.2 CSV roster package in the Japan Profile (a zip file, or a folder of its CSV files) and checks
 * it. It never throws for what is in the package: every fault, down to a bad date on one line, is a
 * {@link RosterProblem} in the result, and a package that could not be read whole says so there.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class RosterReader {

    private final ZipLimits limits;

    public RosterReader() {
        this(ZipLimits.forHeap());
    }

    /** @param maxBytes how many bytes the package's files may hold together, unpacked */
    RosterReader(long maxBytes) {
        this(ZipLimits.forHeap().withTotal(maxBytes));
    }

    RosterReader(ZipLimits limits) {
        this.limits = limits;
    }

    /** Reads a zip file, or a folder holding manifest.csv, users.csv, … directly. */
    public RosterPackage read(Path zipFileOrFolder) {
        if (Files.isDirectory(zipFileOrFolder)) {
            Problems problems = new Problems();
            return parse(PackageSource.folder(zipFileOrFolder, limits, problems), problems);
        }
        try (InputStream in = Files.newInputStream(zipFileOrFolder)) {
            return read(in);
        } catch (IOException e) {
            Problems problems = new Problems();
            problems.add("", 0, RosterProblem.UNREADABLE);
            return RosterPackage.unreadable(problems.sorted());
        }
    }

    /** Reads a zip from a stream (e.g. an upload); the stream stays open, as the caller owns it. */
    public RosterPackage read(InputStream zip) {
        Problems problems = new Problems();
        return parse(PackageSource.zip(new UnclosableInputStream(zip), limits, problems), problems);
    }

    private static RosterPackage parse(Optional<Map<RosterFile, byte[]>> files, Problems problems) {
        return files.map(found -> PackageParser.parse(found, problems))
                .orElseGet(() -> RosterPackage.unreadable(problems.sorted()));
    }
}
