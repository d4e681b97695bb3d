package jp.manabiba.db.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import jp.manabiba.db.embedded.EmbeddedMariaDb;
import jp.manabiba.db.embedded.EmbeddedMariaDbAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Backups of the application's database, embedded or external, and their schedule. */
@AutoConfiguration(after = EmbeddedMariaDbAutoConfiguration.class)
@EnableConfigurationProperties(BackupProperties.class)
public class BackupAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DatabaseBackups databaseBackups(BackupProperties properties, ObjectProvider<EmbeddedMariaDb> embedded,
                                    Environment environment) {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        BackupTarget target = db != null
                ? BackupTarget.embedded(db, embeddedDatabase(environment))
                : external(properties, environment);
        return new DatabaseBackups(target, backupDir(properties, environment), properties.keep(),
                Clock.system(ZoneId.of(properties.zone())));
    }

    /** With the application's {@link BackupLock} when it has one (several nodes), else on this node alone. */
    @Bean
    BackupSchedule backupSchedule(DatabaseBackups backups, ObjectProvider<BackupLock> lock) {
        return new BackupSchedule(backups, lock.getIfAvailable(() -> BackupLock.NONE));
    }

    static String embeddedDatabase(Environment environment) {
        return environment.getProperty("manabiba.db.embedded.database", "manabiba");
    }

    static Path dataDir(Environment environment) {
        return Path.of(environment.getProperty("manabiba.data-dir", "data"));
    }

    static Path backupDir(BackupProperties properties, Environment environment) {
        return properties.dir() != null ? properties.dir() : dataDir(environment).resolve("backups");
    }

    static BackupTarget external(BackupProperties properties, Environment environment) {
        return BackupTarget.external(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""),
                clientDir(properties, environment));
    }

    /* The tools of the embedded server when it was ever unpacked here, else those on the PATH. */
    private static @Nullable Path clientDir(BackupProperties properties, Environment environment) {
        if (properties.clientDir() != null && StringUtils.hasText(properties.clientDir().toString())) {
            return properties.clientDir();
        }
        Path embedded = EmbeddedMariaDb.root(dataDir(environment)).resolve("base/bin");
        return Files.isExecutable(embedded.resolve("mariadb-dump")) ? embedded : null;
    }
}
