package jp.manabiba;

import java.time.Clock;
import java.time.Duration;

import jp.manabiba.db.backup.BackupLock;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * The nightly backup on one app node of several: the first node to take the {@code scheduler_lock} row runs the dump.
 * The row stays taken for at least an hour after the run, so a node whose schedule fires a little late (its clock,
 * a slow start) finds tonight's backup done rather than making a second one; a node that dies while dumping frees
 * it after six hours, in time for the next night.
 */
final class NightlyBackupLock implements BackupLock {

    static final String LOCK = "nightly-backup";
    static final Duration AT_MOST = Duration.ofHours(6);
    static final Duration AT_LEAST = Duration.ofHours(1);

    private final LockingTaskExecutor locks;
    private final Clock clock;

    NightlyBackupLock(LockingTaskExecutor locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void runOnOneNode(Runnable backup) {
        locks.executeWithLock(backup, new LockConfiguration(clock.instant(), LOCK, AT_MOST, AT_LEAST));
    }
}
