package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.testing.ManabibaTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The coordinator's ready / blocked / expiring list: who is in which group and why, the blocked who are still
 * matched or scheduled marked with their first session, and the same number of statements whatever the size.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingOverviewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingOverviews overviews;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    CoordinationFixture f;

    @BeforeAll
    void fixture() {
        f = new CoordinationFixture(context, "coord-list");
    }

    @Test
    void the_ready_the_blocked_with_what_is_missing_and_the_expiring_with_module_and_date() {
        OrganisationReadiness overview = f.acting.as(f.people.coordinatorA, () -> overviews.of(f.people.organisationA));

        assertThat(overview.ready()).extracting(OverviewRow::supporterId).containsExactlyInAnyOrder(f.people.supporterA, f.expiring);
        assertThat(overview.blocked()).singleElement().satisfies(row -> {
            assertThat(row.supporterId()).isEqualTo(f.untrained);
            assertThat(row.name()).isEqualTo("未修 花子");
            assertThat(row.missing()).extracting(ModuleStanding::title)
                    .containsExactly(CoordinationFixture.SAFEGUARDING, CoordinationFixture.PERSONAL_DATA);
        });
        assertThat(overview.expiring()).singleElement().satisfies(row -> {
            assertThat(row.supporterId()).isEqualTo(f.expiring);
            assertThat(row.expiring()).singleElement().satisfies(module -> {
                assertThat(module.title()).isEqualTo(CoordinationFixture.SAFEGUARDING);
                assertThat(module.expiresOn()).isEqualTo(f.today.plusDays(30));
            });
        });
    }

    @Test
    void a_blocked_supporter_still_scheduled_and_matched_is_marked_with_the_sessions_and_nothing_is_changed() {
        OverviewRow blocked = f.acting.as(f.people.coordinatorA, () -> overviews.of(f.people.organisationA)).blocked().getFirst();

        assertThat(blocked.committed()).isTrue();
        assertThat(blocked.comingSessions()).isEqualTo(1);
        assertThat(blocked.firstSession()).isEqualTo(f.sessionDay);
        assertThat(blocked.activeMatches()).isEqualTo(1);
        assertThat(context.getBean(SupporterCommitments.class).comingSessions(List.of(f.untrained, f.people.supporterA)))
                .containsOnlyKeys(f.untrained, f.people.supporterA);
    }

    @Test
    void a_blocked_supporter_with_nothing_planned_is_not_marked() {
        CoordinationFixture other = new CoordinationFixture(context, "coord-list-fresh");
        long fresh = other.supporter(SupporterCategory.OTHER_VOLUNTEER, "新人");
        OverviewRow row = other.acting.as(other.people.coordinatorA, () -> overviews.of(other.people.organisationA)).blocked().stream()
                .filter(r -> r.supporterId() == fresh).findFirst().orElseThrow();
        assertThat(row.committed()).isFalse();
        assertThat(row.firstSession()).isNull();
    }

    @Test
    void the_list_takes_as_many_statements_for_many_supporters_as_for_few() {
        CoordinationFixture other = new CoordinationFixture(context, "coord-list-size");
        long few = statementsFor(other);
        for (int i = 0; i < 6; i++) {
            long added = other.supporter(SupporterCategory.PARENT, "追加" + i);
            other.complete(added, "child-safeguarding", other.today.minusDays(i));
        }
        assertThat(statementsFor(other)).isEqualTo(few);
        assertThat(other.acting.as(other.people.coordinatorA, () -> overviews.of(other.people.organisationA)).blocked())
                .hasSize(7);
    }

    @Test
    void an_administrator_chooses_among_every_organisation() {
        assertThat(f.acting.as(f.people.admin, () -> overviews.organisations()).size()).isGreaterThan(1);
        assertThat(f.acting.as(f.people.coordinatorA, () -> overviews.organisations()))
                .extracting(o -> o.id()).containsExactly(f.people.organisationA);
    }

    private long statementsFor(CoordinationFixture fixture) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long before = statistics.getPrepareStatementCount();
            fixture.acting.as(fixture.people.coordinatorA, () -> overviews.of(fixture.people.organisationA));
            return statistics.getPrepareStatementCount() - before;
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
