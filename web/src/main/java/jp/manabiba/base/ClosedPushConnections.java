package jp.manabiba.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/**
 * Drops the ERROR "Failed to cancel resource" that Atmosphere (Vaadin's push, 3.0.5) logs when a browser closes its
 * push connection while the server is already tearing the same connection down — leaving a page, or signing out,
 * as a push is on its way (browser/PushTeardownIT provokes it). Atmosphere's websocket close then hands its handler
 * an event whose resource the other thread has just released, and AbstractReflectorAtmosphereHandler.onStateChange
 * fails on it with a NullPointerException; AsynchronousProcessor.completeLifecycle catches that and still notifies
 * the listeners, cancels and destroys the resource in its finally block, so nothing is left behind (Vaadin's UI and
 * our SessionBroadcaster listeners are released on detach, LiveBoardTest). Later Atmosphere releases log this very
 * catch at TRACE with the comment "Something wrong happened, ignore the exception", and Atmosphere/atmosphere#1766
 * ("NullPointerException in AtmosphereResourceEventImpl.isResuming") treats an event without its resource as a
 * connection the other side already closed; until Vaadin ships such a release, only this
 * case is dropped here and every other push error is still logged.
 * Installed by {@link LogFilters}.
 */
final class ClosedPushConnections extends TurboFilter {

    static final String ATMOSPHERE_PROCESSOR = "org.atmosphere.cpr.AsynchronousProcessor";
    private static final String RELEASED_RESOURCE_HANDLER = "org.atmosphere.handler.AbstractReflectorAtmosphereHandler";

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
                              Object @Nullable [] params, @Nullable Throwable t) {
        if (level != Level.ERROR || format == null || !format.startsWith("Failed to cancel resource")
                || !ATMOSPHERE_PROCESSOR.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        return releasedResource(cause) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /** A NullPointerException thrown by Atmosphere's own handler at the top of the stack: the resource was gone. */
    static boolean releasedResource(@Nullable Throwable cause) {
        return cause instanceof NullPointerException && cause.getStackTrace().length > 0
                && RELEASED_RESOURCE_HANDLER.equals(cause.getStackTrace()[0].getClassName())
                && "onStateChange".equals(cause.getStackTrace()[0].getMethodName());
    }
}
