package jp.manabiba;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jp.manabiba.db.backup.BackupSchedule;
import jp.manabiba.db.backup.DatabaseBackups;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, point 4 with several app nodes on one external database: every node's schedule fires at 02:30, and one
 * dump is made. Each "node" here has a lock provider of its own over the shared database, as separate JVMs would.
 */
@ManabibaTest
class NightlyBackupLockTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    BackupSchedule schedule;
    @Autowired
    DatabaseBackups backups;

    @Test
    void of_three_nodes_firing_at_once_one_backs_up_and_the_applications_own_schedule_then_leaves_it() throws Exception {
        List<NightlyBackupLock> nodes = List.of(node(), node(), node());
        AtomicInteger dumps = new AtomicInteger();
        CountDownLatch fire = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Object>> runs = nodes.stream().map(node -> pool.<Object>submit(() -> {
                fire.await();
                node.runOnOneNode(() -> {
                    dumps.incrementAndGet();
                    sleep(300); // a dump takes a while; the others fire meanwhile
                });
                return null;
            })).toList();
            fire.countDown();
            for (Future<Object> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(dumps).as("dumps made tonight").hasValue(1);

        nodes.get(1).runOnOneNode(dumps::incrementAndGet);
        assertThat(dumps).as("a node firing late, after the first run ended").hasValue(1);

        List<Path> before = backups.list();
        schedule.backUp();
        assertThat(backups.list()).as("the application's schedule asks the same lock").isEqualTo(before);
    }

    private NightlyBackupLock node() {
        return new NightlyBackupLock(new SchedulerLocks().lockingTaskExecutor(dataSource), clock);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
