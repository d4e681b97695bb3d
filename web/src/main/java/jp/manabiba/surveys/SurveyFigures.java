package jp.manabiba.surveys;

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
 * The survey response rate for outcomes' dashboard: of the invitations to published surveys, those answered
 * ({@code count}) of those sent ({@code base}), per organisation and month of the survey's opening day (a DATE in
 * Asia/Tokyo), in one query for all organisations and months. Anonymous surveys count too: "answered" is kept
 * apart from the response, so the rate never needs to know whose response it was.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SurveyFigures {

    private static final String MONTH = "DATE_FORMAT(s.opens_on, '%Y-%m')";
    private static final String RATE = "SELECT s.organisation_id AS org, " + MONTH + " AS ym,"
            + " COUNT(a.invitation_id) AS n, COUNT(*) AS d"
            + " FROM survey s JOIN survey_invitation i ON i.survey_id = s.id"
            + " LEFT JOIN survey_answered a ON a.invitation_id = i.id"
            + " WHERE s.published_at IS NOT NULL AND s.opens_on >= :fromDate AND s.opens_on < :endDate"
            + " AND s.organisation_id IN (:organisations)"
            + " GROUP BY s.organisation_id, " + MONTH + " WITH ROLLUP";

    private final MonthlyRollup rollup;
    private final SurveysAccess access;

    SurveyFigures(MonthlyRollup rollup, SurveysAccess access) {
        this.rollup = rollup;
        this.access = access;
    }

    /** Invitations answered of invitations sent, for those of {@code organisations} the caller manages. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> responseRate(Collection<Long> organisations, MonthRange range) {
        return rollup.runManaged(RATE, organisations, access.managedOrganisations(), range);
    }
}
