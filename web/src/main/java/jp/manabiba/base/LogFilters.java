package jp.manabiba.base;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Installs the filters of log lines that are known and harmless, each with its reason on its class. Runs after
 * Spring Boot has set up logging (which resets Logback's filters), from META-INF/spring.factories, so they hold for
 * the application and for every test context.
 */
public final class LogFilters implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            install(logback, new KnownMigrationWarnings(), "known-migration-warnings");
            install(logback, new ClosedPushConnections(), "closed-push-connections");
        }
    }

    private static void install(LoggerContext logback, TurboFilter filter, String name) {
        if (logback.getTurboFilterList().stream().noneMatch(filter.getClass()::isInstance)) {
            filter.setName(name);
            filter.setContext(logback);
            filter.start();
            logback.addTurboFilter(filter);
        }
    }
}
