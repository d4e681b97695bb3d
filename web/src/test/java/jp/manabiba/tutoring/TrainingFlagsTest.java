package jp.manabiba.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.training.Readiness;
import jp.manabiba.training.SupporterCommitments;
import jp.manabiba.training.TrainingRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supporter whose training runs out while they are scheduled: the coordinator's list flags exactly the sessions
 * on or after the day it runs out, the sessions themselves are not changed, and training is told where the
 * supporter is still expected.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingFlagsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Scheduling scheduling;
    @Autowired
    Readiness readiness;
    @Autowired
    JdbcTemplate jdbc;

    TutoringFixture f;
    long lapsing;
    long before;
    long after;

    @BeforeAll
    void fixture() {
        f = new TutoringFixture(context, "flags");
        SupporterRecords supporters = context.getBean(SupporterRecords.class);
        TrainingRecords records = context.getBean(TrainingRecords.class);
        LocalDate today = readiness.today();
        lapsing = f.acting.as(f.people.coordinatorA, () -> supporters.create(f.people.organisationA,
                new SupporterDetails(SupporterCategory.UNIVERSITY_STUDENT, "期限", "三郎", null, null, null, null)));
        // safeguarding (valid 24 months) runs out in 10 days; the other two modules never or much later
        record(records, "child-safeguarding", today.minusMonths(24).plusDays(10));
        record(records, "personal-data", today);
        record(records, "learning-support-session", today);
        before = f.session(Duration.ofDays(3), Duration.ofHours(1), List.of(f.people.learnerOfA), List.of(lapsing));
        after = f.session(Duration.ofDays(20), Duration.ofHours(1), List.of(f.people.learnerOfA), List.of(lapsing));
    }

    @Test
    void the_coordinators_list_flags_the_sessions_from_the_day_the_training_runs_out() {
        List<SessionRow> rows = f.acting.as(f.people.coordinatorA,
                () -> scheduling.sessions(readiness.today(), readiness.today().plusWeeks(4)));

        assertThat(rows).filteredOn(SessionRow::supporterNotReady).extracting(SessionRow::id).containsExactly(after);
        assertThat(rows).extracting(SessionRow::id).contains(before, after);
    }

    @Test
    void nothing_is_changed_in_the_flagged_session() {
        f.acting.as(f.people.coordinatorA, () -> scheduling.sessions(readiness.today(), readiness.today().plusWeeks(4)));

        assertThat(jdbc.queryForList("SELECT supporter_id FROM session_supporter WHERE session_id = ?", Long.class, after))
                .containsExactly(lapsing);
        assertThat(jdbc.queryForObject("SELECT cancelled_reason FROM tutoring_session WHERE id = ?", String.class, after))
                .isNull();
    }

    @Test
    void training_is_told_how_many_sessions_are_coming_and_from_which_day() {
        SupporterCommitments.Coming coming = context.getBean(SupporterCommitments.class)
                .comingSessions(List.of(lapsing)).get(lapsing);

        assertThat(coming.sessions()).isEqualTo(2);
        assertThat(coming.firstOn()).isEqualTo(readiness.today().plusDays(3));
    }

    @Test
    void a_supporters_own_list_carries_no_flag() {
        assertThat(f.acting.as(f.people.tutorA, () -> scheduling.sessions(readiness.today(), readiness.today().plusWeeks(4))))
                .noneMatch(SessionRow::supporterNotReady);
    }

    private void record(TrainingRecords records, String code, LocalDate on) {
        long module = jdbc.queryForObject("SELECT id FROM training_module WHERE code = ?", Long.class, code);
        f.acting.as(f.people.coordinatorA, () -> records.recordCompletion(lapsing, module, on, null));
    }
}
