package jp.manabiba.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.manabiba.db.embedded.DataFolders;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * An external MariaDB at 127.0.0.1:3306 (root, no password; skipped when absent), reached as the
 * least-privilege account the README tells administrators to create: Flyway's migrations, a backup and a
 * restore all work with its rights.
 */
@EnabledIf(value = "serverReachable", disabledReason = "no MariaDB server at 127.0.0.1:3306")
class ExternalDatabaseBackupTest {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String USER = "manabiba_backup_test";
    private static final String PASSWORD = "a-generated-password";
    private static final List<String> DATABASES = List.of("manabiba_backup_source", "manabiba_backup_restored");

    private Path backupDir;

    static boolean serverReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterEach
    void dropEverything() throws SQLException {
        try (Connection root = DriverManager.getConnection(SERVER, "root", ""); Statement statement = root.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            }
            statement.execute("DROP USER IF EXISTS '" + USER + "'@'%'");
        }
        if (backupDir != null) {
            DataFolders.delete(backupDir);
        }
    }

    @Test
    void the_least_privilege_account_migrates_backs_up_and_restores() throws Exception {
        try (Connection root = DriverManager.getConnection(SERVER, "root", ""); Statement statement = root.createStatement()) {
            statement.execute("DROP USER IF EXISTS '" + USER + "'@'%'");
            statement.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
            for (String database : DATABASES) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
                // the README's statement, word for word
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, "
                        + "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW, TRIGGER ON " + database
                        + ".* TO '" + USER + "'@'%'");
            }
        }
        String source = SERVER + DATABASES.get(0);
        Flyway.configure().dataSource(source, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        try (Connection app = DriverManager.getConnection(source, USER, PASSWORD); Statement statement = app.createStatement()) {
            statement.execute("INSERT INTO organisation (name, created_at) VALUES ('NPO 高槻 🌱', NOW(6))");
        }

        backupDir = Files.createTempDirectory("manabiba-backups-");
        Path clientDir = DataFolders.clientTools();
        BackupTarget target = BackupTarget.external(source, USER, PASSWORD, clientDir);
        Path backup = new DatabaseBackups(target, backupDir, 3, Clock.systemUTC()).backUpNow();
        String restored = SERVER + DATABASES.get(1);
        new DatabaseBackups(target.withDatabase(DATABASES.get(1), restored), backupDir.resolve("restored"), 3,
                Clock.systemUTC()).restore(backup);

        assertThat(checksums(DATABASES.get(1))).isEqualTo(checksums(DATABASES.get(0))).isNotEmpty();
    }

    private static Map<String, Long> checksums(String database) throws SQLException {
        Map<String, Long> checksums = new LinkedHashMap<>();
        try (Connection root = DriverManager.getConnection(SERVER, "root", ""); Statement statement = root.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (var rows = statement.executeQuery("CHECKSUM TABLE " + database + "." + table)) {
                    rows.next();
                    checksums.put(table, rows.getLong(2));
                }
            }
        }
        return checksums;
    }
}
