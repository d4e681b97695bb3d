package jp.manabiba.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/**
 * Drops the ERROR "Failed to cancel resource" that Atmosphere (Vaadin's push, 3.0.5) logs when a browser closes its
 * push connection while the server is busy with the same connection — leaving a page, or signing out, as a push is
 * on its way (browser/PushTeardownIT provokes it). On the close frame Atmosphere hands its handler the connection to
 * flush once more, and AbstractReflectorAtmosphereHandler.onStateChange fails: with a NullPointerException when the
 * other thread has just released the resource, or an IllegalStateException from Tomcat when it is still writing the
 * last push ("[TEXT_FULL_WRITING]") or the socket is closed ("WebSocket session has been closed").
 * AsynchronousProcessor.completeLifecycle catches that and still notifies the listeners, cancels and destroys the
 * resource in its finally block, so nothing is left behind (Vaadin's UI and our SessionBroadcaster listeners are
 * released on detach, LiveBoardTest), and the browser that closed wanted no more messages. Later Atmosphere
 * releases log this very
 * catch at TRACE with the comment "Something wrong happened, ignore the exception", and Atmosphere/atmosphere#1766
 * ("NullPointerException in AtmosphereResourceEventImpl.isResuming") treats an event without its resource as a
 * connection the other side already closed; until Vaadin ships such a release, only this
 * case is dropped here and every other push error is still logged.
 * <p>
 * The same race seen from the other side: a push broadcast to a UI whose browser has just closed its WebSocket (the
 * child left the page as the board changed) reaches Tomcat after the close, and Vaadin's PushAtmosphereHandler logs
 * "Exception in push connection" with Tomcat's "WebSocket session has been closed". The message was for a page that
 * no longer exists; a browser that only lost the network resynchronises on reconnecting (Vaadin's message ids), so
 * that case is dropped too, and only when the write failed in Atmosphere's handler on a closed session.
 * Installed by {@link LogFilters}.
 */
final class ClosedPushConnections extends TurboFilter {

    static final String ATMOSPHERE_PROCESSOR = "org.atmosphere.cpr.AsynchronousProcessor";
    static final String VAADIN_PUSH_HANDLER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    private static final String RELEASED_RESOURCE_HANDLER = "org.atmosphere.handler.AbstractReflectorAtmosphereHandler";

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
                              Object @Nullable [] params, @Nullable Throwable t) {
        if (level != Level.ERROR || format == null) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        boolean teardown = format.startsWith("Failed to cancel resource") && ATMOSPHERE_PROCESSOR.equals(logger.getName())
                && failedOnClosingConnection(cause);
        boolean writeAfterClose = format.startsWith("Exception in push connection")
                && VAADIN_PUSH_HANDLER.equals(logger.getName()) && cause instanceof IllegalStateException
                && cause.getMessage() != null && cause.getMessage().contains("WebSocket session has been closed")
                && failedOnClosingConnection(cause);
        return teardown || writeAfterClose ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /** Atmosphere's own handler failing on a connection that is closing: released, or still being written. */
    static boolean failedOnClosingConnection(@Nullable Throwable cause) {
        return (cause instanceof NullPointerException || cause instanceof IllegalStateException)
                && java.util.Arrays.stream(cause.getStackTrace()).anyMatch(frame ->
                        RELEASED_RESOURCE_HANDLER.equals(frame.getClassName()) && "onStateChange".equals(frame.getMethodName()));
    }
}
