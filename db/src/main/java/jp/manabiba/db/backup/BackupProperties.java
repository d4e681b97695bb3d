package jp.manabiba.db.backup;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the backups ({@code MANABIBA_BACKUP_*}).
 *
 * @param cron       when the scheduled backup runs (Spring cron, seconds first); {@code -} switches it off
 * @param zone       the time zone of {@code cron}
 * @param keep       how many backups to keep; older ones are deleted after each new one
 * @param dir        where backups go; default {@code <data-dir>/backups}
 * @param clientDir  folder with {@code mariadb-dump} and {@code mariadb}; default the embedded server's, or
 *                   the PATH's
 */
@ConfigurationProperties("manabiba.backup")
public record BackupProperties(
        @DefaultValue(DEFAULT_CRON) String cron,
        @DefaultValue("Asia/Tokyo") String zone,
        @DefaultValue("14") int keep,
        @Nullable Path dir,
        @Nullable Path clientDir) {

    public static final String DEFAULT_CRON = "0 30 2 * * *";
}
