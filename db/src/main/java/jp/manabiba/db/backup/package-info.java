/**
 * Backups of the application's database with {@code mariadb-dump --single-transaction}, on a schedule and by
 * hand, kept with rotation in {@code <data-dir>/backups}, and the restore of one ({@code --backup} and
 * {@code --restore=<file>} modes of the application, see {@link jp.manabiba.db.backup.DatabaseMaintenance}).
 */
@NullMarked
package jp.manabiba.db.backup;

import org.jspecify.annotations.NullMarked;
