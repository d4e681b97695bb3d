package jp.manabiba.training;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every supporter's standing in one statement: supporters × the modules of the track in force for them (the
 * organisation's own for the category, else the network's) × their completions up to the day. A supporter whose
 * track has no module still gets a standing, with no modules. Lists of 2,000
 * supporters are one query, not one per supporter (docs/benchmarks.md).
 */
@Component
class StandingQuery {

    /** A completion that never expires, so that MAX() prefers it to any dated one. */
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    /*
     * Completions are grouped per supporter and module first (in the derived table, for the same supporters), then
     * joined to the tracks: grouping after the join sorted every supporter x module row in a temporary table and
     * took about 2.5 times as long for 2,000 supporters (docs/benchmarks.md, "Training standings").
     */
    private static final String SQL = """
            SELECT s.id, s.organisation_id, s.category, m.id, m.title, m.title_en, m.kind, tm.requirement, tm.position,
                   c.first_done, c.expires
            FROM supporter s
            LEFT JOIN training_track t ON t.id = COALESCE(
                    (SELECT o.id FROM training_track o WHERE o.organisation_id = s.organisation_id AND o.category = s.category),
                    (SELECT n.id FROM training_track n WHERE n.organisation_id IS NULL AND n.category = s.category))
            LEFT JOIN training_track_module tm ON tm.track_id = t.id
            LEFT JOIN training_module m ON m.id = tm.module_id
            LEFT JOIN (SELECT cc.supporter_id, cc.module_id, MIN(cc.completed_on) AS first_done,
                              MAX(COALESCE(cc.expires_on, DATE '9999-12-31')) AS expires
                       FROM training_completion cc
                       WHERE cc.completed_on <= :day AND cc.supporter_id IN (%2$s)
                       GROUP BY cc.supporter_id, cc.module_id) c
                   ON c.supporter_id = s.id AND c.module_id = tm.module_id
            WHERE %1$s
            ORDER BY s.id, tm.position""";

    /*
     * How many supporters are ready on each of several days, per organisation, in one statement (outcomes' "ready at
     * each month's end" asked one standings statement a month: 12 for a year, 36 for the programme). The rule is
     * SupporterStanding.ready() in SQL: no BEFORE_CHILDREN module of the track in force lacks a completion up to the
     * day that has not expired by it (MAX(expires) > day above is the same as one such completion existing).
     */
    private static final String READY_ON_DAYS = """
            SELECT d.day, s.organisation_id, COUNT(*)
            FROM (%s) d JOIN supporter s ON s.organisation_id IN (:ids)
            WHERE NOT EXISTS (
                SELECT 1 FROM training_track_module tm
                WHERE tm.track_id = COALESCE(
                        (SELECT o.id FROM training_track o WHERE o.organisation_id = s.organisation_id AND o.category = s.category),
                        (SELECT n.id FROM training_track n WHERE n.organisation_id IS NULL AND n.category = s.category))
                  AND tm.requirement = 'BEFORE_CHILDREN'
                  AND NOT EXISTS (SELECT 1 FROM training_completion c
                                  WHERE c.supporter_id = s.id AND c.module_id = tm.module_id AND c.completed_on <= d.day
                                    AND (c.expires_on IS NULL OR c.expires_on > d.day)))
            GROUP BY d.day, s.organisation_id""";

    private final EntityManager entityManager;

    StandingQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<SupporterStanding> ofSupporters(Collection<Long> supporterIds, LocalDate day) {
        return supporterIds.isEmpty() ? List.of() : run("s.id IN (:ids)", ":ids", supporterIds, day);
    }

    List<SupporterStanding> ofOrganisations(Collection<Long> organisationIds, LocalDate day) {
        return organisationIds.isEmpty() ? List.of()
                : run("s.organisation_id IN (:ids)", "SELECT x.id FROM supporter x WHERE x.organisation_id IN (:ids)",
                        organisationIds, day);
    }

    /** The supporters ready on each day, per organisation: the same count as filtering {@link #ofOrganisations}. */
    Map<LocalDate, Map<Long, Long>> readyOn(Collection<Long> organisationIds, List<LocalDate> days) {
        Map<LocalDate, Map<Long, Long>> ready = new LinkedHashMap<>();
        if (organisationIds.isEmpty() || days.isEmpty()) {
            return ready;
        }
        StringBuilder daysTable = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            daysTable.append(i == 0 ? "SELECT CAST(:day0 AS DATE) AS day" : " UNION ALL SELECT :day" + i);
        }
        jakarta.persistence.Query query = entityManager.createNativeQuery(READY_ON_DAYS.formatted(daysTable))
                .setParameter("ids", organisationIds);
        for (int i = 0; i < days.size(); i++) {
            query.setParameter("day" + i, Date.valueOf(days.get(i)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row -> ready.computeIfAbsent(java.util.Objects.requireNonNull(date(row[0])), day -> new LinkedHashMap<>())
                .put(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        return ready;
    }

    private List<SupporterStanding> run(String where, String supporters, Collection<Long> ids, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SQL.formatted(where, supporters))
                .setParameter("ids", ids).setParameter("day", Date.valueOf(day)).getResultList();
        Map<Long, List<Object[]>> perSupporter = new LinkedHashMap<>();
        rows.forEach(row -> perSupporter.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row));
        List<SupporterStanding> standings = new ArrayList<>();
        perSupporter.forEach((id, own) -> standings.add(new SupporterStanding(id, ((Number) own.getFirst()[1]).longValue(),
                SupporterCategory.valueOf((String) own.getFirst()[2]), day,
                own.stream().filter(row -> row[3] != null).map(StandingQuery::module).toList())));
        return standings;
    }

    private static ModuleStanding module(Object[] row) {
        LocalDate expires = date(row[10]);
        return new ModuleStanding(((Number) row[3]).longValue(), (String) row[4], (String) row[5],
                ModuleKind.valueOf((String) row[6]), Requirement.valueOf((String) row[7]), ((Number) row[8]).intValue(),
                date(row[9]), NEVER.equals(expires) ? null : expires);
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate local -> local;
            case Date sql -> sql.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
