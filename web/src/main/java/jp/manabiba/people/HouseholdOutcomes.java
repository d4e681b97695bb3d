package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's first outcome figure: households supported in a fiscal year (April-March, Asia/Tokyo), counted
 * from the support period, against the target (default 50 a year, settable per organisation and year).
 * A household supported on any day of the year counts in it: support that ended on 31 March counts in that
 * year only.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdOutcomes {

    private final HouseholdRepository households;
    private final OrganisationRepository organisations;
    private final PeopleAccess access;
    private final Clock clock;
    private final int defaultTarget;

    HouseholdOutcomes(HouseholdRepository households, OrganisationRepository organisations, PeopleAccess access,
                      Clock clock, @Value("${manabiba.outcomes.household-target:50}") int defaultTarget) {
        this.households = households;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
        this.defaultTarget = defaultTarget;
    }

    @Transactional(readOnly = true)
    public List<OutcomeRow> currentYear() {
        return year(FiscalYear.of(LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<OutcomeRow> year(FiscalYear year) {
        List<Long> managed = access.managedOrganisations();
        if (managed.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> supported = counts(households.supportedPerOrganisation(managed, year.firstDay(), year.lastDay()));
        Map<Long, Long> learners = counts(households.learnersPerOrganisation(managed, year.firstDay(), year.lastDay()));
        return organisations.findAllById(managed).stream()
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .map(o -> new OutcomeRow(o.name(), year, supported.getOrDefault(o.id(), 0L),
                        o.householdTarget(year).orElse(defaultTarget), learners.getOrDefault(o.id(), 0L)))
                .toList();
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setTarget(long organisationId, FiscalYear year, int households) {
        if (households < 0) {
            throw new jp.manabiba.i18n.InvalidInput("target", "validation.not-negative");
        }
        organisations.findById(organisationId).orElseThrow().setHouseholdTarget(year, households);
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
