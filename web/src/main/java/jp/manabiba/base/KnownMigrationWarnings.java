package jp.manabiba.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/**
 * Drops one warning Flyway would log at WARN for nearly every table at a first start: MariaDB's 1280 "Name 'pk_…'
 * ignored for PRIMARY key". The migrations name every constraint (one naming rule for all of them); MariaDB keeps a
 * primary key's name as PRIMARY whatever it is called and says so. The released migrations cannot change without
 * changing their checksums, which every existing database has recorded, and the warning says nothing an operator
 * could act on. Every other database warning of a migration is still logged.
 * Installed by {@link LogFilters}.
 */
final class KnownMigrationWarnings extends TurboFilter {

    static final String FLYWAY_SCRIPT_EXECUTOR = "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor";

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
                              Object @Nullable [] params, @Nullable Throwable t) {
        boolean ignoredPrimaryKeyName = level == Level.WARN && format != null
                && FLYWAY_SCRIPT_EXECUTOR.equals(logger.getName())
                && format.contains("ignored for PRIMARY key") && format.contains("Error Code: 1280");
        return ignoredPrimaryKeyName ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
