package jp.manabiba.db.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The application in a crash test, run in a JVM of its own: starts the embedded database on the data folder
 * it is given, then saves numbered rows for ever, printing {@code saved <n>} after each commit.
 */
public final class SavingApp {

    private SavingApp() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.acquire(Path.of(args[0]), DataFolders.properties());
        System.out.println("server " + db.serverPid());
        try (Connection connection = DataFolders.appConnection(db)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS save (id INT PRIMARY KEY)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO save VALUES (?)")) {
                for (int id = 1; ; id++) {
                    insert.setInt(1, id);
                    insert.executeUpdate(); // autocommit: acknowledged means committed
                    System.out.println("saved " + id);
                    System.out.flush();
                }
            }
        }
    }
}
