package jp.manabiba.db.backup;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** The nightly backup (02:30 Asia/Tokyo unless {@code MANABIBA_BACKUP_CRON} says otherwise). */
public class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final DatabaseBackups backups;

    BackupSchedule(DatabaseBackups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${manabiba.backup.cron:" + BackupProperties.DEFAULT_CRON + "}",
            zone = "${manabiba.backup.zone:Asia/Tokyo}")
    public void backUp() {
        try {
            backups.backUpNow();
        } catch (IOException | RuntimeException e) {
            log.error("The scheduled backup into {} failed; the previous backups are kept", backups.dir(), e);
        }
    }
}
