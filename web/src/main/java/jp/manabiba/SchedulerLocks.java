package jp.manabiba;

import java.time.Clock;

import javax.sql.DataSource;

import jp.manabiba.db.backup.BackupLock;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With several app nodes, a scheduled job runs on one node at a time: the lock is a row of {@code scheduler_lock}
 * (ShedLock), timed by the database's clock so the nodes' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerLocks {

    @Bean
    LockingTaskExecutor lockingTaskExecutor(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("scheduler_lock")
                .usingDbTime()
                .build()));
    }

    /** The db module's nightly backup, run under the same kind of lock (the db module itself knows no lock store). */
    @Bean
    BackupLock nightlyBackupLock(LockingTaskExecutor locks, Clock clock) {
        return new NightlyBackupLock(locks, clock);
    }
}
