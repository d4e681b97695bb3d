package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.schools.FiscalYear;
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

    /** A target below one household is no target; above a thousand is a typo for a network of 20 organisations. */
    public static final int TARGET_MIN = 1;
    public static final int TARGET_MAX = 1_000;
    /**
     * Targets are planned for the current fiscal year and the next two at most: the programme runs three years
     * and a coordinator plans the next ones ahead; anything further is a typo (99999年度).
     */
    private static final int YEARS_AHEAD = 2;

    private final HouseholdRepository households;
    private final OrganisationRepository organisations;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultTarget;
    private final int firstYear;

    /**
     * @param firstYear the programme's first fiscal year: no household was supported by it before, so no earlier
     *                  year has a target (2024年度 for Takatsuki's programme; another deployment sets its own)
     */
    HouseholdOutcomes(HouseholdRepository households, OrganisationRepository organisations, PeopleAccess access,
                      AuditLog audit, Clock clock, @Value("${manabiba.outcomes.household-target:50}") int defaultTarget,
                      @Value("${manabiba.outcomes.first-year:2024}") int firstYear) {
        this.households = households;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.defaultTarget = defaultTarget;
        this.firstYear = firstYear;
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

    /**
     * The whole programme this fiscal year, for the administrator: households supported by every organisation
     * against the sum of their targets (an organisation without a target of its own counts the default).
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public ProgrammeTotal programmeTotal() {
        FiscalYear year = FiscalYear.of(LocalDate.now(clock));
        List<OutcomeRow> rows = year(year);
        return new ProgrammeTotal(year, rows.stream().mapToLong(OutcomeRow::householdsSupported).sum(),
                rows.stream().mapToLong(OutcomeRow::target).sum(), rows.size());
    }

    /** The first and last fiscal year a target may be set for, today. */
    public TargetYears targetYears() {
        return new TargetYears(firstYear, FiscalYear.of(LocalDate.now(clock)).year() + YEARS_AHEAD);
    }

    /** The target in force for an organisation and year: its own, else the programme's default. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public int target(long organisationId, FiscalYear year) {
        return organisations.findById(organisationId).orElseThrow().householdTarget(year).orElse(defaultTarget);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setTarget(long organisationId, FiscalYear year, int households) {
        TargetYears years = targetYears();
        if (year.year() < years.first() || year.year() > years.last()) {
            // Years as text: a number argument would be printed "2,024".
            throw new InvalidInput("year", "organisation.error.year-range", String.valueOf(years.first()),
                    String.valueOf(years.last()));
        }
        if (households < TARGET_MIN || households > TARGET_MAX) {
            throw new InvalidInput("target", "organisation.error.target-range", TARGET_MIN, TARGET_MAX);
        }
        organisations.findById(organisationId).orElseThrow().setHouseholdTarget(year, households);
        audit.record(AuditAction.CHANGE, NetworkDirectory.RECORD_TYPE, organisationId, "targets");
    }

    /** Fiscal years from {@code first} to {@code last}, both included. */
    public record TargetYears(int first, int last) {
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
