package jp.manabiba.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** kill -9 of the application's JVM, as a power cut or the OOM killer would do it. */
class CrashRecoveryTest {

    private static final int SAVES_BEFORE_THE_CRASH = 50;

    private final List<Path> folders = new ArrayList<>();
    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(ProcessHandle::destroyForcibly);
        folders.forEach(DataFolders::delete);
    }

    @Test
    void after_kill_9_the_database_stops_by_itself_and_the_next_start_has_every_acknowledged_save() throws Exception {
        Path dataDir = folder();
        RunningApp app = RunningApp.start(dataDir, started);
        int acknowledged = app.awaitSaves(SAVES_BEFORE_THE_CRASH);

        app.process.destroyForcibly().waitFor();

        assertThat(app.server.onExit()).succeedsWithin(Duration.ofSeconds(30));
        assertStartsAndHasEverySave(dataDir, acknowledged);
    }

    @Test
    void a_database_left_running_by_a_killed_app_is_stopped_at_the_next_start() throws Exception {
        Path dataDir = folder();
        RunningApp app = RunningApp.start(dataDir, started);
        int acknowledged = app.awaitSaves(SAVES_BEFORE_THE_CRASH);

        // the first release had no watchdog: without one the server outlives its JVM
        app.process.descendants().filter(process -> process.pid() != app.server.pid())
                .forEach(ProcessHandle::destroyForcibly);
        app.process.destroyForcibly().waitFor();
        Thread.sleep(500);
        assertThat(app.server.isAlive()).isTrue();

        assertStartsAndHasEverySave(dataDir, acknowledged);
        assertThat(app.server.isAlive()).isFalse();
    }

    @Test
    void a_start_beside_a_running_app_is_refused_and_leaves_its_database_alone() throws Exception {
        Path dataDir = folder();
        RunningApp app = RunningApp.start(dataDir, started);
        app.awaitSaves(5);

        assertThatThrownBy(() -> EmbeddedMariaDb.acquire(dataDir, DataFolders.properties()))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining("in use by another running Manabiba (process " + app.process.pid() + ")");

        int before = app.awaitSaves(10);
        assertThat(before).isEqualTo(10);
        assertThat(app.server.isAlive()).isTrue();
    }

    private static void assertStartsAndHasEverySave(Path dataDir, int acknowledged) throws Exception {
        long began = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.acquire(dataDir, DataFolders.properties());
        try (Connection connection = DataFolders.appConnection(db); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*), MAX(id) FROM save WHERE id <= " + acknowledged)) {
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMinutes(1));
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(acknowledged);
        } finally {
            db.release();
        }
    }

    private Path folder() {
        Path folder = DataFolders.newUnderTempDirectory();
        folders.add(folder);
        return folder;
    }

    private record RunningApp(Process process, BufferedReader output, ProcessHandle server) {

        static RunningApp start(Path dataDir, List<ProcessHandle> started) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    SavingApp.class.getName(), dataDir.toString())
                    .redirectErrorStream(true).start();
            started.add(process.toHandle());
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("server ")) {
                    ProcessHandle server = ProcessHandle.of(Long.parseLong(line.substring(7))).orElseThrow();
                    started.add(server);
                    return new RunningApp(process, output, server);
                }
            }
            throw new IllegalStateException("The app did not start its database");
        }

        int awaitSaves(int count) throws IOException {
            int last = 0;
            String line;
            while (last < count && (line = output.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    last = Integer.parseInt(line.substring(6));
                }
            }
            assertThat(last).isEqualTo(count);
            return last;
        }
    }
}
