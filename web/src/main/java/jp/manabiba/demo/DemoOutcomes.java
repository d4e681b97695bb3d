package jp.manabiba.demo;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.outcomes.ManualValues;
import jp.manabiba.outcomes.OutcomeDashboard;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The programme's history of the figures a coordinator types, from the programme's first month to last month, so
 * that a new user's dashboard shows two fiscal years of trend: meals every month, the liaison meeting every other
 * month and the partner organisations growing towards 20 (by the first organisation, which hosts the network), a
 * practice-report meeting each March. Entered through {@link ManualValues} as the demo coordinators, once.
 * Households already span the years (DemoProgramme); sessions cannot be planned in the past, so tutoring's
 * figures start with the demo.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoOutcomes {

    private final DemoActors actors;
    private final ManualValues values;
    private final OutcomeDashboard dashboard;

    DemoOutcomes(DemoActors actors, ManualValues values, OutcomeDashboard dashboard) {
        this.actors = actors;
        this.values = values;
        this.dashboard = dashboard;
    }

    void seedOnce() {
        Optional<Actor> coordinator = actors.find("coordinator", Role.COORDINATOR);
        Optional<Actor> coordinator2 = actors.find("coordinator2", Role.COORDINATOR);
        if (coordinator.isEmpty() || coordinator2.isEmpty()) {
            return;
        }
        Random random = new Random(2024);
        List<OrganisationOption> first = actors.as(coordinator.get(), dashboard::organisations);
        // the hub is the organisation made first: the network's own (DemoDataSeeder)
        long hub = first.stream().mapToLong(OrganisationOption::id).min().orElse(0);
        if (first.isEmpty() || actors.as(coordinator.get(), () -> anyEntered(hub))) {
            return;
        }
        actors.as(coordinator.get(), () -> first.forEach(o -> history(o.id(), o.id() == hub, random)));
        actors.as(coordinator2.get(), () -> dashboard.organisations().forEach(o -> history(o.id(), false, random)));
    }

    private boolean anyEntered(long organisation) {
        YearMonth firstMonth = values.months().getLast();
        return !values.history(organisation, "FOOD_MEALS", firstMonth).isEmpty();
    }

    private void history(long organisation, boolean hub, Random random) {
        List<YearMonth> months = values.months().reversed();
        int partners = 12;
        for (YearMonth month : months.subList(0, months.size() - 1)) { // this month is not over
            values.enter(organisation, "FOOD_MEALS", month, 60 + random.nextInt(40), null);
            if (hub && month.getMonthValue() % 2 == 0) {
                values.enter(organisation, "LIAISON_MEETINGS", month, 1, null);
            }
            if (hub && month.getMonthValue() % 3 == 0) {
                partners = Math.min(20, partners + 1);
                values.enter(organisation, "PARTNER_ORGANISATIONS", month, partners, null);
            }
            if (hub && month.getMonth() == Month.MARCH) {
                values.enter(organisation, "PRACTICE_REPORT_MEETINGS", month, 1, "実践報告会（デモ）");
            }
        }
    }
}
