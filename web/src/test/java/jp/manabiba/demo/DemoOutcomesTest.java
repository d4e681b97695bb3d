package jp.manabiba.demo;

import java.time.YearMonth;
import java.util.List;

import jp.manabiba.outcomes.IndicatorCard;
import jp.manabiba.outcomes.ManualValues;
import jp.manabiba.outcomes.OutcomeDashboard;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user's dashboard has a past: the demo's manual figures over the programme's fiscal years, made once. */
@ManabibaTest
class DemoOutcomesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    ManualValues values;
    @Autowired
    DemoOutcomes outcomes;

    @Test
    void the_network_hub_has_a_year_of_meals_liaison_meetings_and_a_practice_report_meeting() {
        TestPrincipal coordinator = TestPrincipal.demo(context, "coordinator");
        Acting acting = new Acting(context);
        OrganisationOption hub = acting.as(coordinator, () -> dashboard.organisations()).stream()
                .filter(o -> o.name().startsWith("高槻こども居場所ネット")).findFirst().orElseThrow();
        List<IndicatorCard> lastYear = acting.as(coordinator, () -> dashboard.cards(hub.id(), new FiscalYear(2025)));

        assertThat(card(lastYear, "LIAISON_MEETINGS").yearValue().value()).isEqualByComparingTo("6");
        assertThat(card(lastYear, "PRACTICE_REPORT_MEETINGS").yearValue().value()).isEqualByComparingTo("1");
        assertThat(card(lastYear, "FOOD_MEALS").trend()).as("a meal count every month of the year")
                .allSatisfy(p -> assertThat(p.value().value()).isPositive());
        assertThat(card(lastYear, "PARTNER_ORGANISATIONS").yearValue().value()).isBetween(
                java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(20));

        outcomes.seedOnce();
        assertThat(acting.as(coordinator, () -> values.history(hub.id(), "FOOD_MEALS", YearMonth.of(2025, 4))))
                .as("a restart enters nothing twice").hasSize(1);
    }

    private static IndicatorCard card(List<IndicatorCard> cards, String code) {
        return cards.stream().filter(c -> c.indicator().code().equals(code)).findFirst().orElseThrow();
    }
}
