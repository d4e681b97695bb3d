package jp.manabiba.bench;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's SQL as it is prepared, kept while a benchmark asks for it, to show which statements a page costs
 * (statements sent by Spring's JdbcClient bypass it: the database's own counters count those).
 */
public final class SqlLog implements StatementInspector {

    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql.replaceAll("\\s+", " "));
            }
        }
        return sql;
    }

    public static void start() {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
    }

    public static List<String> stop() {
        recording = false;
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }
}
