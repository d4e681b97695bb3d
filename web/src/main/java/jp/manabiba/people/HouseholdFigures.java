package jp.manabiba.people;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.base.MonthlyRollup;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link HouseholdOutcomes}' count (a household counts in a period when its support covers a day of it; removed
 * households never) per organisation and month, in one query for all organisations and months, for outcomes'
 * dashboard; and the households behind one organisation's figure, for its coordinator.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdFigures {

    static final String SCREEN = "outcomes";

    private static final String SUPPORTED = """
            WITH RECURSIVE months (m) AS (
                SELECT CAST(:fromDate AS DATE)
                UNION ALL SELECT m + INTERVAL 1 MONTH FROM months WHERE m + INTERVAL 1 MONTH < :endDate)
            SELECT h.organisation_id AS org, DATE_FORMAT(months.m, '%Y-%m') AS ym, COUNT(DISTINCT h.id) AS n, 0 AS d
            FROM months JOIN household h ON h.support_started < months.m + INTERVAL 1 MONTH
                 AND (h.support_ended IS NULL OR h.support_ended >= months.m)
            WHERE h.organisation_id IN (:organisations) AND h.removed_at IS NULL
            GROUP BY h.organisation_id, DATE_FORMAT(months.m, '%Y-%m') WITH ROLLUP""";

    private final MonthlyRollup rollup;
    private final HouseholdRepository households;
    private final PeopleAccess access;
    private final AuditLog audit;

    HouseholdFigures(MonthlyRollup rollup, HouseholdRepository households, PeopleAccess access, AuditLog audit) {
        this.rollup = rollup;
        this.households = households;
        this.access = access;
        this.audit = audit;
    }

    /** Households supported, of those of {@code organisations} the caller manages. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> supported(Collection<Long> organisations, MonthRange range) {
        return rollup.runManaged(SUPPORTED, organisations, access.managedOrganisations(), range);
    }

    /** The households that make one organisation's figure; each one shown is a read in the audit log. */
    @Transactional
    public List<SupportedHousehold> supportedIn(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation);
        List<SupportedHousehold> found = households.supportedIn(organisation, range.firstDay(),
                range.endDay().minusDays(1));
        found.forEach(h -> audit.record(AuditAction.READ, "household", h.id(), SCREEN));
        return found;
    }
}
