package jp.manabiba.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.manabiba.db.embedded.DataFolders;
import jp.manabiba.db.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackupAndRestoreTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static Path dataDir;
    private static EmbeddedMariaDb db;

    @BeforeAll
    static void startWithData() throws SQLException {
        dataDir = DataFolders.newUnderTempDirectory();
        db = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try (Connection connection = DataFolders.appConnection(db); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE household (id INT PRIMARY KEY, name VARCHAR(100), note TEXT, "
                    + "photo BLOB, since DATETIME(6))");
            statement.execute("CREATE TABLE learner (id INT PRIMARY KEY, household_id INT NOT NULL, name VARCHAR(100), "
                    + "CONSTRAINT learner_household FOREIGN KEY (household_id) REFERENCES household (id))");
            statement.execute("CREATE VIEW learner_names AS SELECT name FROM learner");
            for (int i = 1; i <= 300; i++) {
                statement.execute("INSERT INTO household VALUES (" + i + ", '山田 " + i + " 🌱', 'it''s \"quoted\"\\n"
                        + "and -- not a comment', UNHEX('00FF" + Integer.toHexString(i) + "'), '2026-11-30 02:30:00."
                        + i + "')");
                statement.execute("INSERT INTO learner VALUES (" + i + ", " + i + ", 'ﾊﾅ " + i + "')");
            }
        }
    }

    @AfterAll
    static void stop() {
        db.release();
        DataFolders.delete(dataDir);
    }

    @Test
    void a_backup_restored_into_an_empty_database_has_the_same_rows() throws Exception {
        DatabaseBackups backups = new DatabaseBackups(BackupTarget.embedded(db, "manabiba"), dataDir.resolve("backups"),
                5, Clock.system(TOKYO));
        Path backup = backups.backUpNow();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent()))).isEqualTo("rwx------");

        String restoredUrl = db.database("manabiba_restored");
        try (Connection connection = DriverManager.getConnection(restoredUrl, db.username(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE made_after_the_backup (id INT)");
        }
        DatabaseBackups restored = new DatabaseBackups(BackupTarget.embedded(db, "manabiba").withDatabase(
                "manabiba_restored", restoredUrl), dataDir.resolve("backups-restored"), 5, Clock.system(TOKYO));
        restored.restore(backup);

        assertThat(checksums("manabiba_restored")).isEqualTo(checksums("manabiba")).hasSize(2)
                .doesNotContainKey("made_after_the_backup");
        try (Connection connection = DriverManager.getConnection(restoredUrl, db.username(), db.password());
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM learner_names")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(300);
        }
        assertThat(restored.list()).as("the state before the restore was kept").hasSize(1);
    }

    @Test
    void only_the_newest_backups_are_kept() throws Exception {
        MovingClock clock = new MovingClock();
        Path dir = dataDir.resolve("rotated");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "the administrator's own file");
        DatabaseBackups backups = new DatabaseBackups(BackupTarget.embedded(db, "manabiba"), dir, 3, clock);

        Path first = backups.backUpNow();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofDays(1));
            backups.backUpNow();
        }

        assertThat(backups.list()).hasSize(3).doesNotContain(first);
        assertThat(backups.list().getFirst().getFileName().toString()).isEqualTo("manabiba-20261203-023000.sql.gz");
        assertThat(dir.resolve("notes.txt")).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(file -> file.toString().endsWith(".partial") || file.toString().endsWith(".cnf")))
                    .isEmpty();
        }
    }

    @Test
    void two_backups_in_the_same_second_get_two_files() throws Exception {
        Path dir = dataDir.resolve("same-second");
        DatabaseBackups backups = new DatabaseBackups(BackupTarget.embedded(db, "manabiba"), dir, 5, new MovingClock());

        Path first = backups.backUpNow();
        Path second = backups.backUpNow();

        // the clock stands still: the second takes the next second's name instead of replacing the first
        assertThat(first.getFileName().toString()).endsWith("-023000.sql.gz");
        assertThat(second.getFileName().toString()).endsWith("-023001.sql.gz");
        assertThat(backups.list()).containsExactly(second, first);
    }

    private static Map<String, Long> checksums(String database) throws SQLException {
        Map<String, Long> checksums = new LinkedHashMap<>();
        try (Connection connection = db.rootConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"household", "learner", "made_after_the_backup"}) {
                try (var rows = statement.executeQuery("CHECKSUM TABLE `" + database + "`." + table)) {
                    rows.next();
                    long checksum = rows.getLong(2);
                    if (!rows.wasNull()) {
                        checksums.put(table, checksum);
                    }
                }
            }
        }
        return checksums;
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-29T17:30:00Z"); // 02:30 in Tokyo

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return TOKYO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
