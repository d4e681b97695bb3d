package jp.manabiba.outcomes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome dashboard: every indicator of the logic model for one organisation or the whole network
 * ({@code organisation} null, administrators only) and a fiscal year. Counts only, never a child.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class OutcomeDashboard {

    private final OutcomesAccess access;
    private final IndicatorRepository indicators;
    private final CardBuilder cards;
    private final Targets targets;
    private final Periods periods;
    private final HouseholdRecords organisations;
    private final CurrentUser currentUser;
    private final NetworkFigures network;

    OutcomeDashboard(OutcomesAccess access, IndicatorRepository indicators, CardBuilder cards, Targets targets,
                     Periods periods, HouseholdRecords organisations, CurrentUser currentUser, NetworkFigures network) {
        this.network = network;
        this.access = access;
        this.indicators = indicators;
        this.cards = cards;
        this.targets = targets;
        this.periods = periods;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The organisations to choose, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        List<Long> viewable = access.viewable();
        return organisations.organisations().stream().filter(o -> viewable.contains(o.id()))
                .sorted(java.util.Comparator.comparing(OrganisationOption::name)).toList();
    }

    /** Whether the network's view (every organisation together) is open to the user. */
    public boolean networkView() {
        return currentUser.require().hasRole(Role.ADMIN);
    }

    /** When the oldest of the network's figures now shown was counted: they are kept counted (NetworkFigures). */
    public java.time.Instant networkCountedAt() {
        return network.countedAt();
    }

    public List<FiscalYear> years() {
        return periods.years();
    }

    public FiscalYear currentYear() {
        return periods.currentYear();
    }

    @Transactional(readOnly = true)
    public List<IndicatorCard> cards(@Nullable Long organisation, FiscalYear year) {
        OutcomesAccess.Scope scope = access.view(organisation);
        Map<Long, String> names = organisations.organisations().stream()
                .collect(Collectors.toMap(OrganisationOption::id, OrganisationOption::name));
        Map<String, Targets.Pair> inForce = targets.of(organisation, organisation == null ? null : names.get(organisation), year);
        return indicators.inOrder().stream().map(Indicator::info)
                .map(i -> cards.card(i, scope, year, targets.of(inForce, i.code()), names)).toList();
    }
}
