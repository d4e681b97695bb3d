package jp.manabiba.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supporters see of children's ESD work: growth in the abilities (before and after, per child and for the
 * group) and community actions (count, minutes, kind), only of the children {@link LearningAccess} gives them.
 * Each child shown is a read in the audit log. No child's own words appear here.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class LearningOverview {

    static final String GROWTH_SCREEN = "learning-growth";
    static final String ACTIONS_SCREEN = "learning-actions";

    private final GrowthQuery growthQuery;
    private final CommunityActionRepository actions;
    private final LearningAccess access;
    private final AuditLog audit;

    LearningOverview(GrowthQuery growthQuery, CommunityActionRepository actions, LearningAccess access, AuditLog audit) {
        this.growthQuery = growthQuery;
        this.actions = actions;
        this.access = access;
        this.audit = audit;
    }

    /** Growth on a unit's abilities of every child the caller sees. */
    @Transactional
    public GrowthReport growth(String unitId) {
        return growth(unitId, null);
    }

    /** Growth of the children of one series the caller runs or coordinates. */
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    public GrowthReport growthOfSeries(String unitId, long seriesId) {
        return growth(unitId, Set.copyOf(access.learnersOfSeries(seriesId, GROWTH_SCREEN)));
    }

    private GrowthReport growth(String unitId, @Nullable Set<Long> only) {
        return growthQuery.report(unitId, r -> only == null || only.contains(r.learnerId()), null, GROWTH_SCREEN);
    }

    /** Community actions of the children the caller sees: plans still open, and those reported done in the year. */
    @Transactional
    public ActionSummary actions(FiscalYear year) {
        LearningAccess.Scope scope = access.scope();
        List<CommunityActionRecord> found = inScope(scope,
                () -> scope.organisations().isEmpty() ? List.of() : actions.findByOrganisationIdIn(scope.organisations()),
                () -> scope.learners().isEmpty() ? List.of() : actions.findByLearnerIdIn(scope.learners().keySet())).stream()
                .filter(a -> a.state() == ActionState.PLANNED || (a.doneOn() != null && year.contains(a.doneOn())))
                .toList();
        Set<Long> children = found.stream().map(CommunityActionRecord::learnerId).collect(Collectors.toSet());
        Map<Long, String> names = scope.namesOf(children);
        children.stream().sorted().forEach(id -> audit.record(AuditAction.READ, "learner", id, ACTIONS_SCREEN));
        List<ActionRow> rows = found.stream().map(a -> {
            MyAction view = a.view();
            return new ActionRow(a.learnerId(), names.getOrDefault(a.learnerId(), ""), a.unitId(), a.state(),
                    view.plan().on(), a.minutes(), a.doneOn());
        }).sorted(Comparator.comparing(ActionRow::name).thenComparing(ActionRow::unitId)).toList();
        List<ActionRow> reported = rows.stream().filter(r -> r.state() == ActionState.REPORTED).toList();
        Map<String, Integer> perUnit = new TreeMap<>();
        reported.forEach(r -> perUnit.merge(r.unitId(), 1, Integer::sum));
        return new ActionSummary(rows, rows.size() - reported.size(), reported.size(),
                reported.stream().mapToInt(r -> r.minutes() == null ? 0 : r.minutes()).sum(), perUnit);
    }

    /**
     * The programme's outcome figure: reported community actions and their minutes per organisation whose done day
     * falls in the fiscal year (April-March), for the organisations the caller coordinates (all, for an administrator).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ActionOutcome> outcomes(FiscalYear year) {
        Set<Long> organisations = access.scope().organisations();
        if (organisations.isEmpty()) {
            return List.of();
        }
        return actions.reportedPerOrganisation(organisations, year.firstDay(), year.lastDay().plusDays(1)).stream()
                .map(row -> new ActionOutcome((Long) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .sorted(Comparator.comparingLong(ActionOutcome::organisationId)).toList();
    }

    private static <T> List<T> inScope(LearningAccess.Scope scope, java.util.function.Supplier<List<T>> byOrganisation,
                                       java.util.function.Supplier<List<T>> byLearner) {
        // one persistence context: a row found both ways is the same object
        Map<Object, T> unique = new LinkedHashMap<>();
        Stream.concat(byOrganisation.get().stream(), byLearner.get().stream())
                .forEach(item -> unique.putIfAbsent(item, item));
        return new ArrayList<>(unique.values());
    }
}
