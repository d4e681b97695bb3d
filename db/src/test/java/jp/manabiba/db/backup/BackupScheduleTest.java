package jp.manabiba.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

class BackupScheduleTest {

    @Test
    void the_backup_runs_every_night_at_half_past_two_in_tokyo() throws Exception {
        Scheduled scheduled = BackupSchedule.class.getMethod("backUp").getAnnotation(Scheduled.class);
        assertThat(scheduled.cron()).contains("manabiba.backup.cron");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZonedDateTime next = CronExpression.parse(BackupProperties.DEFAULT_CRON)
                .next(ZonedDateTime.of(2026, 11, 30, 3, 0, 0, 0, tokyo));
        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 12, 1, 2, 30, 0, 0, tokyo));
    }

    @Test
    void an_external_database_is_backed_up_from_its_url_into_the_data_folder() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BackupAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db.internal:3307/manabiba?useSsl=true",
                        "spring.datasource.username=manabiba", "spring.datasource.password=secret",
                        "manabiba.data-dir=/srv/manabiba", "manabiba.backup.keep=7")
                .run(context -> {
                    DatabaseBackups backups = context.getBean(DatabaseBackups.class);
                    assertThat(backups.dir()).isEqualTo(Path.of("/srv/manabiba/backups"));
                    assertThat(context).hasSingleBean(BackupSchedule.class);
                });
        BackupTarget target = BackupTarget.external("jdbc:mariadb://db.internal:3307/manabiba?useSsl=true",
                "manabiba", "se\\cret", null);
        assertThat(target.optionFileText()).contains("host=db.internal", "port=3307", "password=\"se\\\\cret\"",
                "\nssl\n", "ssl-verify-server-cert").doesNotContain("skip-ssl");
        assertThat(BackupTarget.external("jdbc:mariadb://127.0.0.1/manabiba", "u", "p", null).optionFileText())
                .contains("port=3306", "skip-ssl");
        assertThat(target.database()).isEqualTo("manabiba");
    }

    @Test
    void the_applications_backup_lock_decides_whether_this_node_backs_up_tonight() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        BackupLock anotherNodeHasIt = backup -> asked.incrementAndGet();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BackupAutoConfiguration.class))
                .withBean(BackupLock.class, () -> anotherNodeHasIt)
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db.internal:3307/manabiba",
                        "manabiba.backup.dir=" + Path.of(System.getProperty("java.io.tmpdir"), "no-backup-" + System.nanoTime()))
                .run(context -> {
                    context.getBean(BackupSchedule.class).backUp();
                    assertThat(asked).hasValue(1);
                    assertThat(context.getBean(DatabaseBackups.class).list()).as("no dump was started").isEmpty();
                });
    }
}
