package jp.manabiba.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The accounts of the embedded server: root with the password of {@code root.cnf}, the application's
 * {@link #APP_USER} with the password of {@code app.cnf} and rights on its own schemas only, nobody else.
 * Passwords are generated from letters and digits, so they go into SQL without quoting trouble.
 */
final class ServerAccounts {

    /** The account the application uses; it may change the tables of its schema and nothing else. */
    static final String APP_USER = "manabiba";
    /** What the application and Flyway need on their schema; the README gives an external server the same. */
    static final String APP_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, "
            + "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW, TRIGGER";
    /* 127.0.0.1 for JDBC, localhost for the socket (the MariaDB tools); the server skips name resolution. */
    private static final List<String> APP_HOSTS = List.of("127.0.0.1", "localhost");

    private ServerAccounts() {
    }

    /*
     * Runs before the server takes connections, with the grant tables loaded: it gives root the password of
     * root.cnf, also on a data folder of the first release (root had none: it ran with --skip-grant-tables).
     */
    static Path writeInitFile(Path tmp, String rootPassword) throws IOException {
        Path file = tmp.resolve("init-" + UUID.randomUUID() + ".sql");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String identified = " IDENTIFIED BY '" + checked(rootPassword) + "'";
        Files.writeString(file, String.join("\n",
                "ALTER USER 'root'@'localhost'" + identified + ";",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'" + identified + ";",
                "ALTER USER 'root'@'127.0.0.1'" + identified + ";",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    static void deleteInitFiles(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path file : files.filter(file -> file.getFileName().toString().matches("init-.*\\.sql")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /* Anonymous accounts and the open test schemas of mariadb-install-db go; the application's accounts come. */
    static void secure(Connection root, OptionFile app) throws SQLException {
        try (Statement statement = root.createStatement()) {
            List<String> anonymous = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT Host FROM mysql.user WHERE User = '' AND Host <> ''")) {
                while (rows.next()) {
                    anonymous.add(rows.getString(1));
                }
            }
            for (String host : anonymous) {
                statement.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            statement.execute("DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%')");
            statement.execute("DROP DATABASE IF EXISTS test");
            for (String host : APP_HOSTS) {
                String account = "'" + APP_USER + "'@'" + host + "'";
                String identified = " IDENTIFIED BY '" + checked(app.password()) + "'";
                statement.execute("CREATE USER IF NOT EXISTS " + account + identified);
                statement.execute("ALTER USER " + account + identified);
            }
            statement.execute("FLUSH PRIVILEGES");
        }
    }

    /* The option files are the administrator's to edit: a password that SQL would need quoting for is refused. */
    private static String checked(String password) {
        if (!password.matches("[A-Za-z0-9_.-]{16,}")) {
            throw new IllegalStateException("The passwords in root.cnf and app.cnf must be at least 16 letters, digits, "
                    + "'_', '.' or '-'; delete the file to have a new one generated");
        }
        return password;
    }

    static void grantSchema(Statement root, String schema) throws SQLException {
        for (String host : APP_HOSTS) {
            root.execute("GRANT " + APP_PRIVILEGES + " ON `" + schema + "`.* TO '" + APP_USER + "'@'" + host + "'");
        }
    }
}
