package jp.manabiba.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/** Runs {@code mariadb-dump} and {@code mariadb} on a target, the account in an owner-only option file. */
final class MariaDbClient {

    private final BackupTarget target;
    private final Path workDir;

    MariaDbClient(BackupTarget target, Path workDir) {
        this.target = target;
        this.workDir = workDir;
    }

    /** Writes a consistent dump of the target database (one transaction, no locks) to {@code out}. */
    void dump(OutputStream out) throws IOException {
        run("mariadb-dump", List.of("--single-transaction", "--quick", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", target.database()), null, out);
    }

    /** Runs the SQL from {@code in} in the target database; the first error stops it. */
    void execute(InputStream in) throws IOException {
        run("mariadb", List.of("--batch", target.database()), in, OutputStream.nullOutputStream());
    }

    private void run(String tool, List<String> arguments, @Nullable InputStream in, OutputStream out)
            throws IOException {
        Path options = DatabaseBackups.ownerOnlyFile(workDir.resolve(".client-" + UUID.randomUUID() + ".cnf"));
        try {
            Files.writeString(options, target.optionFileText(), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(target.clientDir() == null ? tool : target.clientDir().resolve(tool).toString());
            command.add("--defaults-extra-file=" + options); // must come first
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command);
            if (target.clientDir() != null && Files.isDirectory(target.clientDir().resolveSibling("libs"))) {
                builder.environment().put("LD_LIBRARY_PATH", target.clientDir().resolveSibling("libs").toString());
            }
            Process process = builder.start();
            // threads of their own: the common pool may have a single worker, and these block on pipes
            CompletableFuture<String> errors = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name(tool + "-errors").start(
                    () -> errors.complete(readAll(process.getErrorStream())));
            Thread input = Thread.ofPlatform().daemon().name(tool + "-input").start(
                    () -> feed(in, process.getOutputStream()));
            process.getInputStream().transferTo(out);
            input.join();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(tool + " failed (exit " + exit + ") on " + target + ": " + errors.join().strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + tool, e);
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private static void feed(@Nullable InputStream in, OutputStream stdin) {
        try (stdin) {
            if (in != null) {
                in.transferTo(stdin);
            }
        } catch (IOException e) {
            // the tool stopped reading: its exit code and messages say why
        }
    }

    private static String readAll(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage() == null ? "" : e.getMessage();
        }
    }
}
