package jp.manabiba.demo;

import java.util.List;

import jp.manabiba.outcomes.IndicatorCard;
import jp.manabiba.outcomes.OutcomeDashboard;
import jp.manabiba.outcomes.Periods;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's dashboard has a tutoring and learning past too: last fiscal year the demo's sites held sessions every
 * month that children came to, the children handed in work and finished ESD units; made once however often the
 * demo starts.
 */
@ManabibaTest
class DemoHistoryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    Periods periods;
    @Autowired
    DemoHistory history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void last_fiscal_years_figures_of_the_demo_hub_are_not_zero_and_a_restart_adds_nothing() {
        TestPrincipal coordinator = TestPrincipal.demo(context, "coordinator");
        Acting acting = new Acting(context);
        OrganisationOption hub = acting.as(coordinator, () -> dashboard.organisations()).stream()
                .filter(o -> o.name().startsWith("高槻こども居場所ネット")).findFirst().orElseThrow();
        FiscalYear lastYear = new FiscalYear(periods.currentYear().year() - 1);
        List<IndicatorCard> cards = acting.as(coordinator, () -> dashboard.cards(hub.id(), lastYear));

        for (String code : List.of("SESSIONS_HELD", "CHILDREN_ATTENDING", "ATTENDANCE_RATE", "ASSIGNMENTS_COMPLETED",
                "ESD_UNITS_COMPLETED", "ESD_ABILITY_CHANGE", "COMMUNITY_ACTIONS")) {
            assertThat(card(cards, code).yearValue().value()).as(code).isPositive();
        }
        assertThat(card(cards, "SESSIONS_HELD").trend()).as("sessions every month of the year")
                .hasSize(12).allSatisfy(p -> assertThat(p.value().value()).isPositive());

        TestPrincipal coordinator2 = TestPrincipal.demo(context, "coordinator2");
        OrganisationOption other = acting.as(coordinator2, () -> dashboard.organisations()).getFirst();
        assertThat(card(acting.as(coordinator2, () -> dashboard.cards(other.id(), lastYear)), "SESSIONS_HELD")
                .yearValue().value()).as("every demo organisation's sites held sessions").isPositive();

        int sessions = count("tutoring_session");
        int submissions = count("assignment_submission");
        int ratings = count("self_rating");
        history.seedOnce();
        assertThat(count("tutoring_session")).as("a restart records no session twice").isEqualTo(sessions);
        assertThat(count("assignment_submission")).isEqualTo(submissions);
        assertThat(count("self_rating")).isEqualTo(ratings);
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }

    private static IndicatorCard card(List<IndicatorCard> cards, String code) {
        return cards.stream().filter(c -> c.indicator().code().equals(code)).findFirst().orElseThrow();
    }
}
