package jp.manabiba.db.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import jp.manabiba.db.embedded.DataFolderInUseException;
import jp.manabiba.db.embedded.EmbeddedMariaDb;
import jp.manabiba.db.embedded.EmbeddedMariaDbProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The application's maintenance modes, run instead of the application, with its settings:
 * <ul>
 *     <li>{@code --backup}: a backup now, also while the application runs;</li>
 *     <li>{@code --restore=<file>}: replaces the database with a backup (the state before is backed up
 *     first); the application must be stopped.</li>
 * </ul>
 * Nothing else of the application starts: no web server, no scheduled jobs, no demo data.
 */
public final class DatabaseMaintenance {

    private static final String BACKUP = "--backup";
    private static final String RESTORE = "--restore=";

    private DatabaseMaintenance() {
    }

    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals(BACKUP) || arg.startsWith(RESTORE));
    }

    /** Runs the requested mode; returns the process exit code. */
    public static int run(String[] args) {
        Optional<Path> restore = Arrays.stream(args).filter(arg -> arg.startsWith(RESTORE))
                .map(arg -> Path.of(arg.substring(RESTORE.length())).toAbsolutePath()).findFirst();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment environment = context.getEnvironment();
            BackupProperties properties = context.getBean(BackupProperties.class);
            if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
                return perform(backups(BackupAutoConfiguration.external(properties, environment), properties,
                        environment), restore);
            }
            EmbeddedMariaDbProperties embedded = context.getBean(EmbeddedMariaDbProperties.class);
            if (environment.acceptsProfiles(Profiles.of("production")) && !embedded.allowInProduction()) {
                System.err.println("The production profile has no SPRING_DATASOURCE_URL: set the same database "
                        + "settings as the application's.");
                return 2;
            }
            return onEmbedded(embedded, properties, environment, restore);
        } catch (IOException | RuntimeException e) {
            System.err.println("Failed: " + e.getMessage());
            e.printStackTrace(System.err);
            return 1;
        }
    }

    private static int onEmbedded(EmbeddedMariaDbProperties embedded, BackupProperties properties,
                                  Environment environment, Optional<Path> restore) throws IOException {
        Path dataDir = BackupAutoConfiguration.dataDir(environment);
        String database = BackupAutoConfiguration.embeddedDatabase(environment);
        EmbeddedMariaDb db;
        try {
            db = EmbeddedMariaDb.acquire(dataDir, embedded);
        } catch (DataFolderInUseException inUse) {
            if (restore.isPresent()) {
                System.err.println(inUse.getMessage() + " A restore replaces every table: stop Manabiba, then "
                        + "run the restore again.");
                return 2;
            }
            return perform(backups(BackupTarget.runningEmbedded(dataDir, database), properties, environment),
                    restore);
        }
        try {
            return perform(backups(BackupTarget.embedded(db, database), properties, environment), restore);
        } finally {
            db.release();
        }
    }

    private static int perform(DatabaseBackups backups, Optional<Path> restore) throws IOException {
        if (restore.isPresent()) {
            Path before = backups.restore(restore.get());
            System.out.println("Restored from " + restore.get() + ". The state before the restore is in " + before + ".");
        } else {
            System.out.println("Backup written to " + backups.backUpNow());
        }
        return 0;
    }

    private static DatabaseBackups backups(BackupTarget target, BackupProperties properties, Environment environment) {
        return new DatabaseBackups(target, BackupAutoConfiguration.backupDir(properties, environment),
                properties.keep(), Clock.system(ZoneId.of(properties.zone())));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({BackupProperties.class, EmbeddedMariaDbProperties.class})
    static class Settings {
    }
}
