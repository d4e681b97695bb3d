package jp.manabiba.db.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.manabiba.db.embedded.EmbeddedMariaDb;
import jp.manabiba.db.embedded.OptionFile;
import org.jspecify.annotations.Nullable;

/**
 * Where a backup comes from and a restore goes to: one database (schema), the account that may read and change
 * its tables, and the folder of the MariaDB client tools ({@code null}: the ones on the PATH).
 *
 * @param jdbcUrl     for dropping the old tables before a restore; {@code null} when only the socket is known
 * @param tlsOptions  the client tools' TLS options, as the application's own connection has them
 */
public record BackupTarget(String database, String user, String password, @Nullable String host, int port,
                           @Nullable Path socket, @Nullable String jdbcUrl, @Nullable Path clientDir,
                           List<String> tlsOptions) {

    private static final List<String> NO_TLS = List.of("skip-ssl");

    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:,?]+)(?::(\\d+))?/([^?;/]+).*");

    /** The embedded server this JVM runs. */
    public static BackupTarget embedded(EmbeddedMariaDb db, String database) {
        return new BackupTarget(database, db.username(), db.password(), "127.0.0.1", db.port(), null,
                db.database(database), db.clientBinaries(), NO_TLS);
    }

    /** The embedded server another process (the running application) runs: reached through its socket. */
    public static BackupTarget runningEmbedded(Path dataDir, String database) throws IOException {
        Path root = EmbeddedMariaDb.root(dataDir);
        OptionFile login = OptionFile.read(root.resolve("app.cnf"))
                .orElseThrow(() -> new IOException("No " + root.resolve("app.cnf") + ": has the embedded database "
                        + "of this data folder ever started?"));
        return new BackupTarget(database, login.user(), login.password(), null, 0, login.socket(), null,
                root.resolve("base/bin"), NO_TLS);
    }

    /** An external MariaDB, as {@code SPRING_DATASOURCE_URL} and its account describe it. */
    public static BackupTarget external(String jdbcUrl, String user, String password, @Nullable Path clientDir) {
        Matcher url = URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Backups need a jdbc:mariadb://host:port/database URL, not " + jdbcUrl);
        }
        int port = url.group(2) == null ? 3306 : Integer.parseInt(url.group(2));
        return new BackupTarget(url.group(3), user, password, url.group(1), port, null, jdbcUrl, clientDir,
                tlsOptions(jdbcUrl));
    }

    /*
     * MariaDB Connector/J talks plain text unless the URL asks for TLS (sslMode, or the older useSsl); the 11.4
     * client tools insist on TLS unless told otherwise. The tools follow the URL, so a backup is exactly as
     * protected on the wire as the application's own queries.
     */
    private static List<String> tlsOptions(String jdbcUrl) {
        Map<String, String> parameters = new HashMap<>();
        int query = jdbcUrl.indexOf('?');
        if (query >= 0) {
            for (String pair : jdbcUrl.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals).toLowerCase(Locale.ROOT), pair.substring(equals + 1));
                }
            }
        }
        String mode = parameters.getOrDefault("sslmode",
                Boolean.parseBoolean(parameters.getOrDefault("usessl", "false")) ? "verify-full" : "disable");
        List<String> options = new ArrayList<>();
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "disable" -> options.add("skip-ssl");
            case "trust" -> options.addAll(List.of("ssl", "disable-ssl-verify-server-cert"));
            default -> options.addAll(List.of("ssl", "ssl-verify-server-cert"));
        }
        String ca = parameters.get("serversslcert");
        if (ca != null && !ca.startsWith("-----")) {
            options.add("ssl-ca=" + ca.replaceFirst("^(classpath:|file:)", ""));
        }
        return List.copyOf(options);
    }

    /** The same server and account, another database (a restore test's empty one). */
    public BackupTarget withDatabase(String otherDatabase, @Nullable String otherJdbcUrl) {
        return new BackupTarget(otherDatabase, user, password, host, port, socket, otherJdbcUrl, clientDir,
                tlsOptions);
    }

    /** The contents of a client option file, so that no password is ever on a command line. */
    String optionFileText() {
        List<String> lines = new ArrayList<>(List.of("[client]", "user=" + user, "password=\"" + password.replace("\\", "\\\\") + "\""));
        if (socket != null) {
            lines.add("socket=" + socket);
            lines.add("protocol=socket");
        } else {
            lines.add("host=" + host);
            lines.add("port=" + port);
            lines.add("protocol=tcp");
        }
        lines.addAll(tlsOptions);
        lines.add("default-character-set=utf8mb4");
        return String.join("\n", lines) + "\n";
    }

    @Override
    public String toString() {
        return "BackupTarget[" + user + "@" + (socket != null ? socket : host + ":" + port) + "/" + database + "]";
    }
}
