package jp.manabiba.people;

import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supporters behind one organisation's {@link ReturnedSupporterFigures} count (the same rule, one query), for
 * that organisation's own coordinators only; each supporter shown is a read in the audit log.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class ReturnedSupporterRows {

    private static final String ROWS = """
            SELECT s.id, s.family_name, s.given_name, l.family_name AS l_family, l.given_name AS l_given,
                   s.created_at, COUNT(*) OVER () AS total
            FROM supporter s LEFT JOIN learner l ON l.id = s.former_learner_id
            WHERE s.former_learner_id IS NOT NULL AND s.organisation_id = :organisation
              AND s.created_at >= :fromTime AND s.created_at < :endTime
            ORDER BY s.created_at, s.id LIMIT :limit""";

    /** A supporter who came back, the child they were, and the day (Tokyo) they were entered as a supporter. */
    public record ReturnedSupporter(long id, String name, String formerLearner, LocalDate since) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PeopleAccess access;
    private final AuditLog audit;

    ReturnedSupporterRows(NamedParameterJdbcTemplate jdbc, PeopleAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public FirstRows<ReturnedSupporter> returnedIn(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation);
        long[] total = {0};
        var rows = jdbc.query(ROWS, Map.of("organisation", organisation, "fromTime", range.startUtc(),
                "endTime", range.endUtc(), "limit", FirstRows.LIMIT), (row, i) -> {
                    total[0] = row.getLong("total");
                    String former = row.getString("l_family") == null ? ""
                            : row.getString("l_family") + " " + row.getString("l_given");
                    return new ReturnedSupporter(row.getLong("id"), row.getString("family_name") + " "
                            + row.getString("given_name"), former, row.getObject("created_at", java.time.LocalDateTime.class)
                            .atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(ProgrammeZone.TOKYO).toLocalDate());
                });
        rows.forEach(r -> audit.record(AuditAction.READ, "supporter", r.id(), HouseholdFigures.SCREEN));
        return new FirstRows<>(rows, total[0]);
    }
}
