package jp.manabiba.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDirectory;
import jp.manabiba.security.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supporters behind one organisation's {@link TrainingFigures} (the same rules and statements), for that
 * organisation's own coordinators only, never an administrator; the names in one more query; each supporter shown
 * is a read in the audit log.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class TrainingRows {

    static final String SCREEN = "outcomes";

    private static final String INTERPERSONAL = """
            SELECT s.id, f.first_on, COUNT(*) OVER () AS total
            FROM (SELECT c.supporter_id, MIN(c.completed_on) AS first_on
                  FROM training_completion c JOIN training_module m ON m.id = c.module_id
                  WHERE m.code = 'interpersonal-support-workshop'
                  GROUP BY c.supporter_id) f
            JOIN supporter s ON s.id = f.supporter_id AND s.category = 'UNIVERSITY_STUDENT'
            WHERE s.organisation_id = :organisation AND f.first_on >= :fromDate AND f.first_on < :endDate
            ORDER BY f.first_on, s.id LIMIT :limit""";

    /** A supporter counted, with their category and the day that counts (trained, ready on, first workshop). */
    public record CountedSupporter(long id, String name, SupporterCategory category, LocalDate day) {
    }

    private final TrainedHeads heads;
    private final StandingQuery standings;
    private final Readiness readiness;
    private final SupporterDirectory directory;
    private final TrainingAccess access;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    TrainingRows(TrainedHeads heads, StandingQuery standings, Readiness readiness, SupporterDirectory directory,
                 TrainingAccess access, NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.heads = heads;
        this.standings = standings;
        this.readiness = readiness;
        this.directory = directory;
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Supporters of a category who became trained in the range, on the day they did. */
    @Transactional
    public FirstRows<CountedSupporter> trained(SupporterCategory category, long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation, SCREEN);
        Map<Long, String> names = directory.namesIn(organisation);
        return shown(heads.of(List.of(organisation), readiness.today()).stream()
                .filter(head -> head.category() == category && range.contains(YearMonth.from(head.trainedOn())))
                .map(head -> new CountedSupporter(head.supporterId(), name(names, head.supporterId()), head.category(),
                        head.trainedOn()))
                .sorted(Comparator.comparing(CountedSupporter::day).thenComparing(CountedSupporter::name)).toList());
    }

    /**
     * Supporters ready at the range's end (today while it runs; none before it starts): the head count the figure
     * gives for the period.
     */
    @Transactional
    public FirstRows<CountedSupporter> ready(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation, SCREEN);
        LocalDate today = readiness.today();
        if (range.firstDay().isAfter(today)) {
            return FirstRows.none();
        }
        LocalDate day = range.last().atEndOfMonth().isAfter(today) ? today : range.last().atEndOfMonth();
        Map<Long, String> names = directory.namesIn(organisation);
        return shown(standings.ofOrganisations(List.of(organisation), day).stream().filter(SupporterStanding::ready)
                .map(s -> new CountedSupporter(s.supporterId(), name(names, s.supporterId()), s.category(), day))
                .sorted(Comparator.comparing(CountedSupporter::name)).toList());
    }

    /** University students whose first interpersonal-support workshop was in the range. */
    @Transactional
    public FirstRows<CountedSupporter> interpersonal(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation, SCREEN);
        Map<Long, String> names = directory.namesIn(organisation);
        long[] total = {0};
        List<CountedSupporter> rows = jdbc.query(INTERPERSONAL, Map.of("organisation", organisation,
                "fromDate", range.firstDay(), "endDate", range.endDay(), "limit", FirstRows.LIMIT), (row, i) -> {
                    total[0] = row.getLong("total");
                    return new CountedSupporter(row.getLong("id"), name(names, row.getLong("id")),
                            SupporterCategory.UNIVERSITY_STUDENT, row.getObject("first_on", LocalDate.class));
                });
        rows.forEach(r -> audit.record(AuditAction.READ, "supporter", r.id(), SCREEN));
        return new FirstRows<>(rows, total[0]);
    }

    private FirstRows<CountedSupporter> shown(List<CountedSupporter> all) {
        FirstRows<CountedSupporter> first = FirstRows.of(all);
        first.rows().forEach(r -> audit.record(AuditAction.READ, "supporter", r.id(), SCREEN));
        return first;
    }

    private static String name(Map<Long, String> names, long supporterId) {
        return names.getOrDefault(supporterId, "#" + supporterId);
    }
}
