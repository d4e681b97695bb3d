package jp.manabiba.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.manabiba.db.embedded.DataFolders;
import jp.manabiba.db.embedded.EmbeddedMariaDb;
import jp.manabiba.db.embedded.SavingApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The administrator's commands {@code --backup} and {@code --restore=<file>}, beside a running application. */
class DatabaseMaintenanceTest {

    private final Path dataDir = DataFolders.newUnderTempDirectory();
    private Process app;

    @AfterEach
    void cleanUp() {
        if (app != null) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
        DataFolders.delete(dataDir);
    }

    @Test
    void backup_runs_beside_the_running_app_and_restore_only_once_it_has_stopped() throws Exception {
        app = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), SavingApp.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.equals("saved 20")) {
            // the app is up and saving
        }
        String[] settings = {"--manabiba.data-dir=" + dataDir, "--manabiba.backup.keep=5"};

        assertThat(DatabaseMaintenance.run(with(settings, "--backup"))).isZero();
        List<Path> backups = backupsIn(dataDir.resolve("backups"));
        assertThat(backups).hasSize(1);
        assertThat(DatabaseMaintenance.run(with(settings, "--restore=" + backups.getFirst()))).isEqualTo(2);

        app.destroy(); // a normal stop: SIGTERM, the JVM's shutdown hook stops its database
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(DatabaseMaintenance.run(with(settings, "--restore=" + backups.getFirst()))).isZero();

        assertThat(backupsIn(dataDir.resolve("backups"))).as("the state before the restore").hasSize(2);
        EmbeddedMariaDb db = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try (Connection connection = DataFolders.appConnection(db); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM save")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(20).isEqualTo(rows.getInt(3));
            assertThat(rows.getInt(2)).isEqualTo(1);
        } finally {
            db.release();
        }
    }

    @Test
    void under_the_production_profile_the_commands_need_the_application_s_database_settings() {
        assertThat(DatabaseMaintenance.run(new String[] {"--spring.profiles.active=production",
                "--manabiba.data-dir=" + dataDir, "--backup"})).isEqualTo(2);
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    private static String[] with(String[] settings, String command) {
        return new String[] {settings[0], settings[1], command};
    }

    private static List<Path> backupsIn(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".sql.gz")).sorted().toList();
        }
    }
}
