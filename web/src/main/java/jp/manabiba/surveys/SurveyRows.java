package jp.manabiba.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys behind one organisation's {@link SurveyFigures} response rate (the same rule, one query), for that
 * organisation's own coordinators only: per survey its invitations and how many were answered, never who was asked
 * or who answered (an anonymous survey's answers have no person). Each survey shown is a read in the audit log.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class SurveyRows {

    static final String SCREEN = "outcomes";

    private static final String ROWS = """
            SELECT s.id, s.title, s.opens_on, COUNT(*) AS invited, COUNT(a.invitation_id) AS answered,
                   COUNT(*) OVER () AS total
            FROM survey s JOIN survey_invitation i ON i.survey_id = s.id
            LEFT JOIN survey_answered a ON a.invitation_id = i.id
            WHERE s.published_at IS NOT NULL AND s.opens_on >= :fromDate AND s.opens_on < :endDate
              AND s.organisation_id = :organisation
            GROUP BY s.id, s.title, s.opens_on ORDER BY s.opens_on, s.id LIMIT :limit""";

    /** One survey's invitations sent and answered: counts only. */
    public record SurveyResponses(long id, String title, LocalDate opensOn, long invited, long answered) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SurveysAccess access;
    private final AuditLog audit;

    SurveyRows(NamedParameterJdbcTemplate jdbc, SurveysAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public FirstRows<SurveyResponses> responsesIn(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation);
        long[] total = {0};
        List<SurveyResponses> rows = jdbc.query(ROWS, Map.of("organisation", organisation, "fromDate", range.firstDay(),
                "endDate", range.endDay(), "limit", FirstRows.LIMIT), (row, i) -> {
                    total[0] = row.getLong("total");
                    return new SurveyResponses(row.getLong("id"), row.getString("title"),
                            row.getObject("opens_on", LocalDate.class), row.getLong("invited"), row.getLong("answered"));
                });
        rows.forEach(r -> audit.record(AuditAction.READ, "survey", r.id(), SCREEN));
        return new FirstRows<>(rows, total[0]);
    }
}
