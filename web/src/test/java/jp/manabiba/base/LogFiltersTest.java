package jp.manabiba.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, points 6 and 7: only MariaDB's "name ignored for PRIMARY key" is dropped from Flyway's warnings, and only
 * Atmosphere's failure on a push connection already released from its ERRORs.
 */
class LogFiltersTest {

    private final LoggerContext logback = new LoggerContext();
    private final KnownMigrationWarnings filter = new KnownMigrationWarnings();
    private final Logger flyway = logback.getLogger(KnownMigrationWarnings.FLYWAY_SCRIPT_EXECUTOR);

    @Test
    void the_ignored_primary_key_name_is_dropped() {
        assertThat(filter.decide(null, flyway, Level.WARN,
                "DB: Name 'pk_account' ignored for PRIMARY key. (SQL State:  - Error Code: 1280)", null, null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void every_other_warning_of_a_migration_and_every_other_logger_stay() {
        assertThat(filter.decide(null, flyway, Level.WARN,
                "DB: Data truncated for column 'name' at row 1 (SQL State: 01000 - Error Code: 1265)", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, logback.getLogger("jp.manabiba.Other"), Level.WARN,
                "DB: Name 'pk_account' ignored for PRIMARY key. (SQL State:  - Error Code: 1280)", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, flyway, Level.ERROR,
                "DB: Name 'pk_account' ignored for PRIMARY key. (SQL State:  - Error Code: 1280)", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void only_the_push_teardown_on_a_released_connection_is_dropped() {
        ClosedPushConnections push = new ClosedPushConnections();
        Logger atmosphere = logback.getLogger(ClosedPushConnections.ATMOSPHERE_PROCESSOR);
        NullPointerException released = new NullPointerException("resource is null");
        released.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "org.atmosphere.handler.AbstractReflectorAtmosphereHandler", "onStateChange", "A.java", 74)});
        NullPointerException elsewhere = new NullPointerException("a bug of ours");
        elsewhere.setStackTrace(new StackTraceElement[] {new StackTraceElement("jp.manabiba.X", "run", "X.java", 1)});

        IllegalStateException stillWriting = new IllegalStateException("The remote endpoint was in state [TEXT_FULL_WRITING]");
        stillWriting.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.tomcat.websocket.WsRemoteEndpointImplBase", "checkState", "W.java", 1),
                new StackTraceElement("org.atmosphere.handler.AbstractReflectorAtmosphereHandler", "onStateChange", "A.java", 154)});

        assertThat(push.decide(null, atmosphere, Level.ERROR, "Failed to cancel resource: {}", new Object[] {"id", released}, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(push.decide(null, atmosphere, Level.ERROR, "Failed to cancel resource: {}", new Object[] {"id", stillWriting}, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(push.decide(null, atmosphere, Level.ERROR, "Failed to cancel resource: {}", new Object[] {"id", elsewhere}, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(push.decide(null, atmosphere, Level.ERROR, "Something else: {}", new Object[] {"id", released}, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void only_a_push_written_to_a_closed_websocket_is_dropped_from_vaadins_handler() {
        ClosedPushConnections push = new ClosedPushConnections();
        Logger vaadin = logback.getLogger(ClosedPushConnections.VAADIN_PUSH_HANDLER);
        StackTraceElement[] throughAtmosphere = {
                new StackTraceElement("org.apache.tomcat.websocket.WsRemoteEndpointImplBase", "writeMessagePart", "W.java", 458),
                new StackTraceElement("org.atmosphere.handler.AbstractReflectorAtmosphereHandler", "onStateChange", "A.java", 154)};
        IllegalStateException closed = new IllegalStateException(
                "Message will not be sent because the WebSocket session has been closed");
        closed.setStackTrace(throughAtmosphere);
        IllegalStateException other = new IllegalStateException("something else went wrong");
        other.setStackTrace(throughAtmosphere);

        assertThat(push.decide(null, vaadin, Level.ERROR, "Exception in push connection", null, closed))
                .isEqualTo(FilterReply.DENY);
        assertThat(push.decide(null, vaadin, Level.ERROR, "Exception in push connection", null, other))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(push.decide(null, logback.getLogger("jp.manabiba.Other"), Level.ERROR, "Exception in push connection",
                null, closed)).isEqualTo(FilterReply.NEUTRAL);
    }
}
