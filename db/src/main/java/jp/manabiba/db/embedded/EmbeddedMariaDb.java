package jp.manabiba.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running embedded MariaDB server per data folder and JVM. Several Spring contexts (the test suite caches
 * a few) share it; it stops when the last one lets go, and at the latest when the JVM exits (a watchdog stops
 * it even when the JVM is killed).
 *
 * <p>Under {@code <data-dir>/mariadb}: {@code base/} the server binaries, {@code data/} the databases,
 * {@code tmp/}, the socket, {@code root.cnf} and {@code app.cnf} (generated passwords, rw-------). The server
 * runs with grant tables: root signs in only with its generated password, the application as
 * {@link ServerAccounts#APP_USER} with rights on its own schema only.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static final String ROOT_USER = "root";

    private final Path root;
    private final DataFolderLock lock;
    private final MariaDbServer server;
    private final int port;
    private final OptionFile rootLogin;
    private final OptionFile appLogin;
    private int users;
    private boolean stopped;

    private EmbeddedMariaDb(Path root, DataFolderLock lock, MariaDbServer server, int port, OptionFile rootLogin,
                            OptionFile appLogin) {
        this.root = root;
        this.lock = lock;
        this.server = server;
        this.port = port;
        this.rootLogin = rootLogin;
        this.appLogin = appLogin;
    }

    /**
     * The server for these settings: the running one, or a newly started one.
     *
     * @throws DataFolderInUseException when another live process runs the database of this data folder
     */
    public static synchronized EmbeddedMariaDb acquire(Path dataDir, EmbeddedMariaDbProperties properties) {
        Path root = root(dataDir);
        EmbeddedMariaDb db = RUNNING.get(root);
        if (db == null) {
            db = start(properties, root);
            RUNNING.put(root, db);
            EmbeddedMariaDb started = db;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopNow, "embedded-mariadb-stop"));
        }
        db.users++;
        return db;
    }

    /** The folder of the embedded database in a data folder. */
    public static Path root(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("mariadb");
    }

    /** Lets go of the server; the last user stops it. */
    public void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users <= 0) {
                RUNNING.remove(root);
                stopNow();
            }
        }
    }

    /** The JDBC URL of a database (schema) on this server, created if absent and open to the application. */
    public String database(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be letters, digits and _: " + name);
        }
        try (Connection connection = rootConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            ServerAccounts.grantSchema(statement, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + " on the embedded MariaDB", e);
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + name;
    }

    public String username() {
        return appLogin.user();
    }

    public String password() {
        return appLogin.password();
    }

    public int port() {
        return port;
    }

    /** The folder with {@code mariadb} and {@code mariadb-dump} of the embedded server. */
    public Path clientBinaries() {
        return root.resolve("base/bin");
    }

    /** A connection with every right; for setting up accounts and schemas, never for the application. */
    public Connection rootConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", ROOT_USER, rootLogin.password());
    }

    long serverPid() {
        return server.pid();
    }

    private static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties, Path root) {
        long began = System.nanoTime();
        DataFolderLock lock = null;
        try {
            Files.createDirectories(root);
            OptionFile.restrict(root);
            lock = DataFolderLock.acquire(root);
            Path base = root.resolve("base");
            Path data = root.resolve("data");
            Path tmp = root.resolve("tmp");
            Path socket = root.resolve("mariadb.sock");
            Path pidFile = root.resolve("mariadbd.pid");
            LeftoverServers.stopAll(data, pidFile);
            if (properties.fresh()) {
                deleteTree(data);
            }
            Files.createDirectories(tmp);
            OptionFile.restrict(tmp);
            ServerAccounts.deleteInitFiles(tmp); // a run killed while starting leaves its own
            MariaDbServer.unpackBinaries(base);
            MariaDbServer.installIfEmpty(base, data);
            OptionFile rootLogin = OptionFile.readOrCreate(root.resolve("root.cnf"), ROOT_USER, socket);
            OptionFile appLogin = OptionFile.readOrCreate(root.resolve("app.cnf"), ServerAccounts.APP_USER, socket);
            int port = properties.port() == 0 ? freePort() : properties.port();
            Path initFile = ServerAccounts.writeInitFile(tmp, rootLogin.password());
            MariaDbServer server;
            try {
                server = MariaDbServer.start(base, List.of(
                        "--console",
                        "--basedir=" + base,
                        "--datadir=" + data,
                        "--tmpdir=" + tmp,
                        "--port=" + port,
                        "--socket=" + socket,
                        "--pid-file=" + pidFile,
                        "--init-file=" + initFile,
                        // MariaDB 11.4 otherwise spends seconds making a TLS certificate at every start; it
                        // listens on 127.0.0.1 only.
                        "--skip-ssl",
                        "--bind-address=127.0.0.1",
                        "--skip-name-resolve",
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_unicode_520_ci",
                        "--innodb-buffer-pool-size=64M",
                        "--innodb-flush-log-at-trx-commit=1",
                        "--max-allowed-packet=64M"));
            } finally {
                Files.deleteIfExists(initFile);
            }
            EmbeddedMariaDb db = new EmbeddedMariaDb(root, lock, server, port, rootLogin, appLogin);
            try (Connection connection = db.rootConnection()) {
                ServerAccounts.secure(connection, appLogin);
            } catch (SQLException | RuntimeException e) {
                server.stop();
                throw e;
            }
            log.info("Embedded MariaDB started in {} ms on port {} with its files in {}",
                    (System.nanoTime() - began) / 1_000_000, port, root);
            return db;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof DataFolderInUseException inUse) {
                throw inUse;
            }
            throw new IllegalStateException("The embedded MariaDB could not start in " + root
                    + ". Set SPRING_DATASOURCE_URL to use an external MariaDB instead.", e);
        }
    }

    private synchronized void stopNow() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop();
        closeQuietly(lock);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void closeQuietly(@Nullable DataFolderLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                log.debug("Could not release the data folder lock", e);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
