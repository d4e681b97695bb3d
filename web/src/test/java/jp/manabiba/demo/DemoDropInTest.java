package jp.manabiba.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.tutoring.LearnerSessions;
import jp.manabiba.tutoring.Scheduling;
import jp.manabiba.tutoring.TodaySession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Whenever the demo is tried, the demo child has a session running now that they can join. */
@ManabibaTest
class DemoDropInTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LearnerSessions learnerSessions;
    @Autowired
    Scheduling scheduling;
    @Autowired
    DemoDropIn dropIn;
    @Autowired
    SystemAccess system;

    @Test
    void the_demo_child_can_join_a_session_at_any_hour() {
        // the one minute a day between the two parts of the room (23:59 to midnight) is the only gap
        assumeTrue(LocalTime.now(ZoneId.of("Asia/Tokyo")).isBefore(LocalTime.of(23, 58)));

        TodaySession today = new Acting(context).as(TestPrincipal.demo(context, "learner"),
                () -> learnerSessions.today().orElseThrow());

        assertThat(today.joinOpen()).isTrue();
        assertThat(today.online()).isTrue();
    }

    @Test
    void keeping_the_room_open_again_plans_no_day_twice() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long before = dropInSessions(today);

        dropIn.keepOpen();
        dropIn.keepOpen();

        assertThat(dropInSessions(today)).isEqualTo(before).isGreaterThanOrEqualTo(2 * 14);
    }

    private long dropInSessions(LocalDate from) {
        return system.asAdministrator(() -> scheduling.sessions(from, from.plusDays(28)).stream()
                .filter(row -> row.title().equals(DemoDropIn.TITLE)).count());
    }
}
