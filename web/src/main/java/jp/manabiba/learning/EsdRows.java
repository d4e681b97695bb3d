package jp.manabiba.learning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.FirstRows;
import jp.manabiba.base.MonthRange;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.people.Participants;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind one organisation's {@link EsdFigures} (the same rules), for that organisation's own
 * coordinators only: units completed, start-end pairs of self-ratings, community actions. At most
 * {@link FirstRows#LIMIT} rows in one query, the children's names in one more; each child or action shown is a
 * read in the audit log.
 */
@Service
@RolesAllowed(Roles.COORDINATOR)
public class EsdRows {

    static final String SCREEN = "outcomes";

    private static final String UNITS = """
            SELECT r.learner_id, r.unit_id, r.done,
                   (SELECT AVG(s.level) FROM self_rating s WHERE s.learner_id = r.learner_id AND s.unit_id = r.unit_id
                      AND s.moment = 'START') AS start_level,
                   (SELECT AVG(e.level) FROM self_rating e WHERE e.learner_id = r.learner_id AND e.unit_id = r.unit_id
                      AND e.moment = 'END' AND e.rated_at = r.done) AS end_level,
                   COUNT(*) OVER () AS total
            FROM (SELECT learner_id, unit_id, MIN(rated_at) AS done FROM self_rating
                  WHERE moment = 'END' AND organisation_id = :organisation GROUP BY learner_id, unit_id) r
            WHERE r.done >= :fromTime AND r.done < :endTime
            ORDER BY r.done, r.learner_id, r.unit_id LIMIT :limit""";
    private static final String PAIRS = """
            SELECT e.learner_id, e.unit_id, e.ability, s.level AS start_level, e.level AS end_level, e.rated_at AS done,
                   COUNT(*) OVER () AS total
            FROM self_rating e JOIN self_rating s ON s.learner_id = e.learner_id AND s.unit_id = e.unit_id
                 AND s.ability = e.ability AND s.moment = 'START'
            WHERE e.moment = 'END' AND e.organisation_id = :organisation
              AND e.rated_at >= :fromTime AND e.rated_at < :endTime
            ORDER BY e.rated_at, e.learner_id, e.unit_id, e.ability LIMIT :limit""";
    private static final String ACTIONS = """
            SELECT c.id, c.learner_id, COALESCE(c.report_what, c.plan_what) AS what, c.done_on,
                   COALESCE(c.minutes, 0) AS minutes, COUNT(*) OVER () AS total
            FROM community_action c WHERE c.state = 'REPORTED' AND c.organisation_id = :organisation
              AND c.done_on >= :fromDate AND c.done_on < :endDate
            ORDER BY c.done_on, c.id LIMIT :limit""";

    /**
     * A unit a child completed (or one start-end pair of an ability: {@code ability} set) with the day of the end
     * rating (Tokyo) and the levels before and after (1-4; a unit's: the mean of its abilities).
     */
    public record RatedUnit(long learnerId, String child, String unit, @Nullable EsdAbility ability, LocalDate done,
                            @Nullable Double startLevel, double endLevel) {
    }

    /** A reported community action: what was done, by which child, on which day, for how long. */
    public record ReportedAction(long id, String what, String child, LocalDate doneOn, int minutes) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final LearningAccess access;
    private final Participants participants;
    private final UnitLibrary library;
    private final AuditLog audit;

    EsdRows(NamedParameterJdbcTemplate jdbc, LearningAccess access, Participants participants, UnitLibrary library,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.participants = participants;
        this.library = library;
        this.audit = audit;
    }

    /** Units completed: a child's first end-of-unit self-rating. */
    @Transactional
    public FirstRows<RatedUnit> unitsCompleted(long organisation, MonthRange range, Locale locale) {
        return rated(UNITS, false, organisation, range, locale);
    }

    /** Start-end pairs of self-ratings whose end falls in the range: what the ability-change figure averages. */
    @Transactional
    public FirstRows<RatedUnit> ratingPairs(long organisation, MonthRange range, Locale locale) {
        return rated(PAIRS, true, organisation, range, locale);
    }

    /** Reported community actions done in the range. */
    @Transactional
    public FirstRows<ReportedAction> actions(long organisation, MonthRange range) {
        access.requireCoordinatesOnly(organisation, SCREEN);
        long[] total = {0};
        record Row(long id, long learner, String what, LocalDate on, int minutes) {
        }
        List<Row> found = jdbc.query(ACTIONS, parameters(organisation, range), (row, i) -> {
            total[0] = row.getLong("total");
            return new Row(row.getLong("id"), row.getLong("learner_id"), row.getString("what"),
                    row.getObject("done_on", LocalDate.class), row.getInt("minutes"));
        });
        Map<Long, String> names = participants.learnerNames(found.stream().map(Row::learner).distinct().toList());
        List<ReportedAction> rows = found.stream().map(r -> new ReportedAction(r.id(), r.what(),
                names.getOrDefault(r.learner(), "#" + r.learner()), r.on(), r.minutes())).toList();
        rows.forEach(r -> audit.record(AuditAction.READ, "community-action", r.id(), SCREEN));
        return new FirstRows<>(rows, total[0]);
    }

    private FirstRows<RatedUnit> rated(String sql, boolean perAbility, long organisation, MonthRange range, Locale locale) {
        access.requireCoordinatesOnly(organisation, SCREEN);
        long[] total = {0};
        record Row(long learner, String unit, @Nullable String ability, LocalDateTime done, @Nullable Double start,
                   double end) {
        }
        List<Row> found = jdbc.query(sql, parameters(organisation, range), (row, i) -> {
            total[0] = row.getLong("total");
            Number start = (Number) row.getObject("start_level");
            return new Row(row.getLong("learner_id"), row.getString("unit_id"),
                    perAbility ? row.getString("ability") : null, row.getObject("done", LocalDateTime.class),
                    start == null ? null : start.doubleValue(), row.getDouble("end_level"));
        });
        Map<Long, String> names = participants.learnerNames(found.stream().map(Row::learner).distinct().toList());
        List<RatedUnit> rows = found.stream().map(r -> new RatedUnit(r.learner(),
                names.getOrDefault(r.learner(), "#" + r.learner()),
                library.unit(r.unit()).map(u -> u.title().in(locale)).orElse(r.unit()),
                r.ability() == null ? null : EsdAbility.byId(r.ability()).orElse(null),
                r.done().atOffset(ZoneOffset.UTC).atZoneSameInstant(ProgrammeZone.TOKYO).toLocalDate(),
                r.start(), r.end())).toList();
        rows.stream().map(RatedUnit::learnerId).distinct()
                .forEach(learner -> audit.record(AuditAction.READ, "learner", learner, SCREEN));
        return new FirstRows<>(rows, total[0]);
    }

    private static Map<String, Object> parameters(long organisation, MonthRange range) {
        return Map.of("organisation", organisation, "fromTime", range.startUtc(), "endTime", range.endUtc(),
                "fromDate", range.firstDay(), "endDate", range.endDay(), "limit", FirstRows.LIMIT);
    }
}
