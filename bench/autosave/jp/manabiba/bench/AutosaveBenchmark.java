package jp.manabiba.bench;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: what one autosave costs on the wire, driving the real answering
 * screen ({@code /learner/work/<id>}) over Vaadin's UIDL protocol ({@link UidlClient}): each change is the one
 * request Flow's client sends once the field's 1.2 s debounce fires. Not a test: run it on purpose
 * (bench/README.md). {@link FortyChildrenBenchmark} has 40 children answering at once.
 */
@BenchApplication
class AutosaveBenchmark {

    /** In work.save-failed: the screen says a save did not get through (the database is the real check, at the end). */
    private static final String FAILED = "できなかった";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_autosave_on_the_wire() {
        List<Long> child = BenchChildren.create(jdbc, "autosave", 1);
        long[] work = BenchAssignments.create(jdbc, "ベンチ ひとり", "LONG_TEXT", BenchAssignments.inDays(7));
        long submission = BenchAssignments.give(jdbc, work[0], child).getFirst();
        UidlClient tab = new UidlClient(port, "10.1.0.1");
        tab.signIn("autosave1", BenchChildren.PASSWORD);
        long requests = tab.requests(), sent = tab.bytesSent(), received = tab.bytesReceived();
        tab.open("learner/work/" + submission);
        String opening = "opening the screen (init and navigation): %d requests, %,d bytes sent, %,d bytes received".formatted(
                tab.requests() - requests, tab.bytesSent() - sent, tab.bytesReceived() - received);
        int field = tab.node("vaadin-text-area");
        for (int i = 0; i < 10; i++) {
            save(tab, field, "ならし " + i);
        }
        int saves = 50;
        List<Long> nanos = new ArrayList<>();
        requests = tab.requests();
        sent = tab.bytesSent();
        received = tab.bytesReceived();
        String last = "";
        for (int i = 0; i < saves; i++) {
            last = "きょうは あくたがわに いって、さかなを " + i + " ひき みたよ。";
            long began = System.nanoTime();
            save(tab, field, last);
            nanos.add(System.nanoTime() - began);
        }
        String stored = jdbc.queryForObject("select text_answer from assignment_answer where submission_id = ?",
                String.class, submission);
        Figures.report("bench-autosave", """
                ### One autosave (load average %s)

                | figure | value |
                |---|---|
                | HTTP requests per autosave | %.2f |
                | bytes sent per autosave (request line, headers, UIDL body) | %,d |
                | bytes received per autosave (status line, headers, body) | %,d |
                | UIDL request body / response body (uncompressed) of the last save | %,d / %,d bytes |
                | server round trip per autosave, median / p95 / max (%d saves) | %s ms |
                | the last value is the one stored | %s |

                %s""".formatted(Figures.load(), (tab.requests() - requests) / (double) saves,
                (tab.bytesSent() - sent) / saves, (tab.bytesReceived() - received) / saves,
                tab.lastSentBody(), tab.lastBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                saves, Figures.percentiles(nanos), last.equals(stored), opening));
        if (!last.equals(stored)) {
            throw new AssertionError("the last save was lost: " + stored);
        }
    }

    private static void save(UidlClient tab, int field, String value) {
        String answer = tab.setValue(field, value);
        if (answer.contains(FAILED)) {
            throw new IllegalStateException("the screen says the save failed: " + answer);
        }
    }
}
