package jp.manabiba.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Before and after on a unit's abilities, of the children the caller sees (narrowed to a group by {@code only}),
 * each child shown audited as a read. In a fiscal year, a child counts in the year of their end rating, or of
 * their start rating while the unit is under way: one child, one year, so yearly figures add up.
 */
@Component
class GrowthQuery {

    private final SelfRatingRepository ratings;
    private final UnitLibrary library;
    private final LearningAccess access;
    private final AuditLog audit;

    GrowthQuery(SelfRatingRepository ratings, UnitLibrary library, LearningAccess access, AuditLog audit) {
        this.ratings = ratings;
        this.library = library;
        this.access = access;
        this.audit = audit;
    }

    GrowthReport report(String unitId, Predicate<SelfRating> only, @Nullable FiscalYear year, String screen) {
        Unit unit = library.unit(unitId).orElseThrow(() -> new InvalidInput("unit", "learning.error.unknown-unit"));
        LearningAccess.Scope scope = access.scope();
        Map<Object, SelfRating> unique = new LinkedHashMap<>(); // one persistence context: found twice, same object
        Stream.concat(scope.organisations().isEmpty() ? Stream.empty()
                                : ratings.findByUnitIdAndOrganisationIdIn(unitId, scope.organisations()).stream(),
                        scope.learners().isEmpty() ? Stream.empty()
                                : ratings.findByUnitIdAndLearnerIdIn(unitId, scope.learners().keySet()).stream())
                .filter(only).forEach(r -> unique.putIfAbsent(r, r));
        Map<Long, List<SelfRating>> perChild = unique.values().stream()
                .collect(Collectors.groupingBy(SelfRating::learnerId));
        if (year != null) {
            perChild.values().removeIf(own -> !year.contains(yearDay(own)));
        }
        List<SelfRating> found = perChild.values().stream().flatMap(List::stream).toList();
        Set<Long> children = perChild.keySet();
        Map<Long, String> names = scope.namesOf(children);
        children.stream().sorted().forEach(id -> audit.record(AuditAction.READ, "learner", id, screen));
        List<GrowthRow> rows = new ArrayList<>();
        for (long child : children.stream().sorted(Comparator.comparing((Long id) -> names.getOrDefault(id, ""))
                .thenComparing(id -> id)).toList()) {
            for (EsdAbility ability : unit.abilities()) {
                rows.add(new GrowthRow(child, names.getOrDefault(child, ""), ability,
                        level(found, child, ability, RatingMoment.START), level(found, child, ability, RatingMoment.END)));
            }
        }
        List<AbilityChange> group = unit.abilities().stream().map(ability -> change(ability, rows)).toList();
        return new GrowthReport(unitId, rows, group);
    }

    /** The day that places a child's ratings in a fiscal year: the newest end rating, else the newest start rating. */
    static LocalDate yearDay(List<SelfRating> own) {
        RatingMoment moment = own.stream().anyMatch(r -> r.moment() == RatingMoment.END) ? RatingMoment.END : RatingMoment.START;
        return own.stream().filter(r -> r.moment() == moment).map(SelfRating::ratedAt).max(Comparator.naturalOrder())
                .orElseThrow().atZone(ProgrammeZone.TOKYO).toLocalDate();
    }

    private static @Nullable Integer level(Collection<SelfRating> found, long child, EsdAbility ability, RatingMoment moment) {
        return found.stream().filter(r -> r.learnerId() == child && r.moment() == moment && r.ability().equals(ability.id()))
                .map(SelfRating::level).findFirst().orElse(null);
    }

    private static AbilityChange change(EsdAbility ability, List<GrowthRow> rows) {
        List<GrowthRow> both = rows.stream().filter(r -> r.ability() == ability && r.change() != null).toList();
        double start = both.stream().mapToInt(r -> r.start() == null ? 0 : r.start()).average().orElse(0);
        double end = both.stream().mapToInt(r -> r.end() == null ? 0 : r.end()).average().orElse(0);
        return new AbilityChange(ability, both.size(), start, end);
    }
}
