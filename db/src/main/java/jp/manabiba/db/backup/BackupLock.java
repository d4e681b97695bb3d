package jp.manabiba.db.backup;

/**
 * Lets the nightly backup run on one node only when several app nodes share one (external) database: every node's
 * schedule fires at the same minute, and one dump a night is enough. This module keeps no lock of its own; the
 * application supplies one as a bean (the web module's is a ShedLock row in {@code scheduler_lock}). Without one,
 * as with the embedded database and its single node, the backup simply runs.
 */
@FunctionalInterface
public interface BackupLock {

    /** No other node: run it. */
    BackupLock NONE = Runnable::run;

    /** Runs the backup here, or not at all when another node has taken tonight's run. */
    void runOnOneNode(Runnable backup);
}
