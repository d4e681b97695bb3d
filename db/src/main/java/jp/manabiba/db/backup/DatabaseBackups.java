package jp.manabiba.db.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of one database as gzip'd SQL dumps, {@code <database>-<yyyyMMdd-HHmmss>.sql.gz} in one folder
 * (rwx------, each file rw-------: they hold households' data), the newest {@code keep} kept.
 */
public final class DatabaseBackups {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupTarget target;
    private final Path dir;
    private final int keep;
    private final Clock clock;

    public DatabaseBackups(BackupTarget target, Path dir, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("Keep at least one backup, not " + keep);
        }
        this.target = target;
        this.dir = dir.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    /** Dumps the database into a new file, then deletes the oldest beyond {@code keep}. */
    public synchronized Path backUpNow() throws IOException {
        long began = System.nanoTime();
        prepareDir();
        // names have seconds: a second backup within the same second (the one a restore takes of the state before
        // it) takes the next free second, so it never replaces the file about to be restored
        LocalDateTime stamp = LocalDateTime.now(clock).withNano(0);
        while (Files.exists(dir.resolve(name(stamp)))) {
            stamp = stamp.plusSeconds(1);
        }
        String name = name(stamp);
        Path file = dir.resolve(name);
        Path partial = ownerOnlyFile(dir.resolve(name + ".partial"));
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                new MariaDbClient(target, dir).dump(out);
            }
            // only a complete dump gets a backup's name, so a failed one never pushes a good one out
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        List<Path> deleted = rotate();
        log.info("Backup of {} written to {} ({} bytes) in {} ms; {} older backups deleted", target.database(), file,
                Files.size(file), (System.nanoTime() - began) / 1_000_000, deleted.size());
        return file;
    }

    private String name(LocalDateTime stamp) {
        return target.database() + "-" + stamp.format(STAMP) + ".sql.gz";
    }

    /**
     * Replaces every table of the database with the backup's. The current state is backed up first, so a
     * restore of the wrong file can be undone. Run it with the application stopped.
     *
     * @return the backup of the state before the restore
     */
    public synchronized Path restore(Path backup) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IOException("No backup file " + backup.toAbsolutePath());
        }
        if (target.jdbcUrl() == null) {
            throw new IllegalStateException("A restore needs the database to itself: stop Manabiba first");
        }
        Path before = backUpNow();
        log.info("Restoring {} from {}; the state before is in {}", target.database(), backup, before);
        dropEverything();
        try (InputStream in = open(backup)) {
            new MariaDbClient(target, dir).execute(in);
        }
        log.info("Restored {} from {}", target.database(), backup);
        return before;
    }

    /** The backups, newest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Pattern ours = Pattern.compile(Pattern.quote(target.database()) + "-\\d{8}-\\d{6}\\.sql\\.gz");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> ours.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        }
    }

    public Path dir() {
        return dir;
    }

    private List<Path> rotate() throws IOException {
        List<Path> all = list();
        List<Path> deleted = new ArrayList<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
            deleted.add(old);
        }
        return deleted;
    }

    private void dropEverything() throws IOException {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             Statement statement = connection.createStatement()) {
            List<String> drops = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT table_name, table_type FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()")) {
                while (rows.next()) {
                    String kind = "VIEW".equals(rows.getString(2)) ? "VIEW" : "TABLE";
                    drops.add("DROP " + kind + " IF EXISTS `" + rows.getString(1).replace("`", "``") + "`");
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String drop : drops) {
                statement.execute(drop);
            }
        } catch (SQLException e) {
            throw new IOException("Could not empty " + target.database() + " before the restore", e);
        }
    }

    private static InputStream open(Path backup) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(backup));
        return backup.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    private void prepareDir() throws IOException {
        Files.createDirectories(dir);
        if (posix()) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        return posix()
                ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createFile(file);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
