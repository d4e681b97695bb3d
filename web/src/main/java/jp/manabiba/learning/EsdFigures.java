package jp.manabiba.learning;

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
 * ESD's outcome figures per organisation and month, one query each for every organisation and month of a range,
 * for outcomes' dashboard (GrowthFigures and LearningOverview show the same records child by child). A unit is
 * completed by a child with their first end-of-unit self-rating; growth is end minus start per child, unit and
 * ability, in the month of the end rating; community actions count in the month of the day they were done.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class EsdFigures {

    private static final String RATED_MONTH = "DATE_FORMAT(r.done + INTERVAL :offsetMinutes MINUTE, '%Y-%m')";
    private static final String UNITS = "SELECT r.organisation_id AS org, " + RATED_MONTH + " AS ym, COUNT(*) AS n, 0 AS d"
            + " FROM (SELECT organisation_id, learner_id, unit_id, MIN(rated_at) AS done FROM self_rating"
            + "       WHERE moment = 'END' AND organisation_id IN (:organisations)"
            + "       GROUP BY organisation_id, learner_id, unit_id) r"
            + " WHERE r.done >= :fromTime AND r.done < :endTime GROUP BY r.organisation_id, " + RATED_MONTH + " WITH ROLLUP";
    private static final String END_MONTH = "DATE_FORMAT(e.rated_at + INTERVAL :offsetMinutes MINUTE, '%Y-%m')";
    private static final String GROWTH = "SELECT e.organisation_id AS org, " + END_MONTH + " AS ym,"
            + " SUM(e.level - s.level) AS n, COUNT(*) AS d"
            + " FROM self_rating e JOIN self_rating s ON s.learner_id = e.learner_id AND s.unit_id = e.unit_id"
            + "      AND s.ability = e.ability AND s.moment = 'START'"
            + " WHERE e.moment = 'END' AND e.organisation_id IN (:organisations)"
            + " AND e.rated_at >= :fromTime AND e.rated_at < :endTime"
            + " GROUP BY e.organisation_id, " + END_MONTH + " WITH ROLLUP";
    private static final String DONE_MONTH = "DATE_FORMAT(c.done_on, '%Y-%m')";
    private static final String ACTIONS = "SELECT c.organisation_id AS org, " + DONE_MONTH + " AS ym,"
            + " COUNT(*) AS n, 0 AS d FROM community_action c WHERE c.state = 'REPORTED'"
            + " AND c.organisation_id IN (:organisations) AND c.done_on >= :fromDate AND c.done_on < :endDate"
            + " GROUP BY c.organisation_id, " + DONE_MONTH + " WITH ROLLUP";
    private static final String ACTION_MINUTES = ACTIONS.replace("COUNT(*) AS n", "COALESCE(SUM(c.minutes), 0) AS n");

    private final MonthlyRollup rollup;
    private final Participants participants;

    EsdFigures(MonthlyRollup rollup, Participants participants) {
        this.rollup = rollup;
        this.participants = participants;
    }

    /** Units a child completed. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> unitsCompleted(Collection<Long> organisations, MonthRange range) {
        return rollup.run(UNITS, managed(organisations), range);
    }

    /** Levels gained ({@code count}, may be negative) over the start-end pairs rated ({@code base}). */
    @Transactional(readOnly = true)
    public List<MonthlyCount> abilityChange(Collection<Long> organisations, MonthRange range) {
        return rollup.run(GROWTH, managed(organisations), range);
    }

    @Transactional(readOnly = true)
    public List<MonthlyCount> communityActions(Collection<Long> organisations, MonthRange range) {
        return rollup.run(ACTIONS, managed(organisations), range);
    }

    /** Minutes of the reported community actions. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> communityActionMinutes(Collection<Long> organisations, MonthRange range) {
        return rollup.run(ACTION_MINUTES, managed(organisations), range);
    }

    private List<Long> managed(Collection<Long> organisations) {
        return MonthlyRollup.managedOf(organisations, participants.managedOrganisations());
    }
}
