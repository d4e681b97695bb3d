package jp.manabiba.assignments;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;
import jp.manabiba.base.MonthlyRollup;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments' outcome figure per organisation and month, one query for every organisation and month of a range:
 * work handed in (submitted, or reviewed done) on an organisation's assignments, in the month (Asia/Tokyo) it was
 * handed in. A teacher's work for their pupils belongs to a school, not to the programme, and is not counted.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class WorkFigures {

    private static final String MONTH = "DATE_FORMAT(s.submitted_at + INTERVAL :offsetMinutes MINUTE, '%Y-%m')";
    private static final String COMPLETED = "SELECT a.organisation_id AS org, " + MONTH + " AS ym, COUNT(*) AS n, 0 AS d"
            + " FROM assignment_submission s JOIN assignment a ON a.id = s.assignment_id"
            + " WHERE a.organisation_id IN (:organisations) AND s.state IN ('SUBMITTED', 'DONE')"
            + " AND s.submitted_at >= :fromTime AND s.submitted_at < :endTime"
            + " GROUP BY a.organisation_id, " + MONTH + " WITH ROLLUP";

    private final MonthlyRollup rollup;
    private final Participants participants;

    WorkFigures(MonthlyRollup rollup, Participants participants) {
        this.rollup = rollup;
        this.participants = participants;
    }

    @Transactional(readOnly = true)
    public List<MonthlyCount> completed(Collection<Long> organisations, MonthRange range) {
        return rollup.runManaged(COMPLETED, organisations, participants.managedOrganisations(), range);
    }
}
