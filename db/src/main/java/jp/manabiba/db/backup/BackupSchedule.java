package jp.manabiba.db.backup;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup (02:30 Asia/Tokyo unless {@code MANABIBA_BACKUP_CRON} says otherwise), on one node of several
 * ({@link BackupLock}).
 */
public class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final DatabaseBackups backups;
    private final BackupLock lock;

    BackupSchedule(DatabaseBackups backups, BackupLock lock) {
        this.backups = backups;
        this.lock = lock;
    }

    @Scheduled(cron = "${manabiba.backup.cron:" + BackupProperties.DEFAULT_CRON + "}",
            zone = "${manabiba.backup.zone:Asia/Tokyo}")
    public void backUp() {
        lock.runOnOneNode(this::backUpHere);
    }

    private void backUpHere() {
        try {
            backups.backUpNow();
        } catch (IOException | RuntimeException e) {
            log.error("The scheduled backup into {} failed; the previous backups are kept", backups.dir(), e);
        }
    }
}
