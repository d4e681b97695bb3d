package jp.manabiba.persistence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database contract on an external MariaDB server at 127.0.0.1:3306 (root, no password), as a production
 * deployment uses one. CI has such a server; a machine without one skips this class and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "serverReachable",
        disabledReason = "no MariaDB server at 127.0.0.1:3306: the external-database tests are skipped")
class ExternalDatabaseTest extends DatabaseContract {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = "manabiba_test";

    static boolean serverReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh, empty database for every run, so the migrations are proven from empty. */
    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER, "root", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        registry.add("spring.datasource.url", () -> SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }
}
