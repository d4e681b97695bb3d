package jp.manabiba.people;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.base.MonthlyRollup;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReturnedSupporters}' outcome as outcomes' dashboard counts it: supporters linked to the learner they once
 * were, per organisation and month (Asia/Tokyo) of the day they were entered as a supporter, in one query for all
 * organisations and months. Each supporter is entered once, so months add up. Counts only, no names.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ReturnedSupporterFigures {

    private static final String MONTH = "DATE_FORMAT(s.created_at + INTERVAL :offsetMinutes MINUTE, '%Y-%m')";
    private static final String RETURNED = "SELECT s.organisation_id AS org, " + MONTH + " AS ym, COUNT(*) AS n, 0 AS d"
            + " FROM supporter s WHERE s.former_learner_id IS NOT NULL AND s.organisation_id IN (:organisations)"
            + " AND s.created_at >= :fromTime AND s.created_at < :endTime"
            + " GROUP BY s.organisation_id, " + MONTH + " WITH ROLLUP";

    private final MonthlyRollup rollup;
    private final PeopleAccess access;

    ReturnedSupporterFigures(MonthlyRollup rollup, PeopleAccess access) {
        this.rollup = rollup;
        this.access = access;
    }

    /** Supporters who came back, of those of {@code organisations} the caller manages. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> returned(Collection<Long> organisations, MonthRange range) {
        return rollup.runManaged(RETURNED, organisations, access.managedOrganisations(), range);
    }
}
