package jp.manabiba.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Catches what the application logs at ERROR while a test runs (every logger, every thread), so a test can say
 * "refused with a message, and nothing in the log that would wake an operator". Close it to stop catching.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private LogCapture() {
    }

    public static LogCapture errors() {
        LogCapture capture = new LogCapture();
        capture.setName("test-errors");
        capture.setContext(capture.root.getLoggerContext());
        capture.start();
        capture.root.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            String cause = event.getThrowableProxy() == null ? ""
                    : " (" + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage() + ")";
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
        }
    }

    /** The ERROR lines caught so far. */
    public List<String> lines() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
