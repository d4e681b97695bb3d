package jp.manabiba.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own count of the statements it ran (SELECT, INSERT, UPDATE, DELETE, all clients), whoever sent
 * them: Hibernate or Spring's JdbcClient. Meaningful while nothing else uses the database.
 */
public final class ServerCounters {

    private ServerCounters() {
    }

    public static long statements(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select sum(variable_value) from information_schema.global_status
                where variable_name in ('COM_SELECT', 'COM_INSERT', 'COM_INSERT_SELECT', 'COM_UPDATE', 'COM_DELETE')""",
                Long.class);
    }
}
