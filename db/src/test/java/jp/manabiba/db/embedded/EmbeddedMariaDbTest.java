package jp.manabiba.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    private final List<Path> folders = new ArrayList<>();

    @AfterEach
    void deleteFolders() {
        folders.forEach(DataFolders::delete);
    }

    @Test
    void a_data_folder_under_the_temp_directory_keeps_its_rows_across_restarts() throws Exception {
        Path dataDir = folder();
        assertThat(dataDir.toString()).startsWith(System.getProperty("java.io.tmpdir"));

        EmbeddedMariaDb first = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try (Connection connection = DataFolders.appConnection(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE household (name VARCHAR(50))");
            statement.execute("INSERT INTO household VALUES ('山田')");
        }
        first.release();

        EmbeddedMariaDb second = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try (Connection connection = DataFolders.appConnection(second); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM household")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("山田");
        } finally {
            second.release();
        }
        assertThat(dataDir.resolve("mariadb/data/manabiba")).isDirectory();
    }

    @Test
    void root_needs_the_generated_password_kept_owner_only_and_the_app_reaches_only_its_schema() throws Exception {
        Path dataDir = folder();
        EmbeddedMariaDb db = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try {
            String url = db.database("manabiba");
            assertThat(db.username()).isNotEqualTo("root");
            for (String file : List.of("root.cnf", "app.cnf")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("mariadb/" + file))))
                        .isEqualTo("rw-------");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection root = db.rootConnection()) {
                assertThat(root.isValid(1)).isTrue();
            }

            try (Connection app = DataFolders.appConnection(db); Statement statement = app.createStatement()) {
                statement.execute("CREATE TABLE learner (id INT PRIMARY KEY, name VARCHAR(20))");
                statement.execute("ALTER TABLE learner ADD COLUMN grade INT");
                statement.execute("CREATE INDEX learner_grade ON learner (grade)");
                statement.execute("INSERT INTO learner VALUES (1, 'はな', 5)");
                statement.execute("DROP TABLE learner");
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM mysql.user"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> statement.execute("CREATE DATABASE elsewhere"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> statement.execute("CREATE USER intruder IDENTIFIED BY 'x'"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> statement.execute("SELECT * FROM information_schema.processlist WHERE 1 = 0 "
                        + "UNION SELECT 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 FROM mysql.global_priv"))
                        .isInstanceOf(SQLException.class);
            }
        } finally {
            db.release();
        }
    }

    @Test
    void a_data_folder_of_the_first_release_gets_its_passwords_at_the_first_start_and_keeps_its_rows() throws Exception {
        Path dataDir = folder();
        Path root = dataDir.resolve("mariadb");
        MariaDbServer.installIfEmpty(root.resolve("base"), root.resolve("data"));
        int port = 34_000 + (int) (ProcessHandle.current().pid() % 1000);
        MariaDbServer firstRelease = MariaDbServer.start(root.resolve("base"), List.of(
                "--console", "--basedir=" + root.resolve("base"), "--datadir=" + root.resolve("data"),
                "--tmpdir=" + dataDir, "--port=" + port, "--socket=" + root.resolve("first.sock"), "--skip-ssl",
                "--bind-address=127.0.0.1", "--skip-grant-tables"));
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE manabiba");
            statement.execute("CREATE TABLE manabiba.household (name VARCHAR(50))");
            statement.execute("INSERT INTO manabiba.household VALUES ('first release')");
        } finally {
            firstRelease.stop();
        }
        assertThat(root.resolve("root.cnf")).doesNotExist();

        EmbeddedMariaDb db = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try (Connection connection = DataFolders.appConnection(db); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM household")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("first release");
            assertThat(OptionFile.read(root.resolve("root.cnf"))).isPresent();
            assertThatThrownBy(() -> DriverManager.getConnection(db.database("manabiba"), "root", "").close())
                    .isInstanceOf(SQLException.class);
        } finally {
            db.release();
        }
    }

    private Path folder() {
        Path folder = DataFolders.newUnderTempDirectory();
        folders.add(folder);
        return folder;
    }
}
