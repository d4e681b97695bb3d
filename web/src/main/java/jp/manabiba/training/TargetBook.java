package jp.manabiba.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.manabiba.people.SupporterCategory;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The targets in force, from the rows an administrator set and the programme's defaults:
 * <ul>
 * <li>three years ({@link TargetPeriod#PROGRAMME}): the scope's own, else (for an organisation) the network's, else
 * the programme's 40 university students, 45 ex-nursery-teachers, 45 parents (cumulative head counts); other
 * volunteers have none;</li>
 * <li>one fiscal year: the scope's own for that year, else a third of the scope's own three-year target rounded up
 * (so that three such years reach it), else the network's year the same way; only years of the programme have
 * one unless an administrator set it.</li>
 * </ul>
 */
final class TargetBook {

    static final Map<SupporterCategory, Integer> PROGRAMME_DEFAULTS = Map.of(
            SupporterCategory.UNIVERSITY_STUDENT, 40, SupporterCategory.EX_NURSERY_TEACHER, 45,
            SupporterCategory.PARENT, 45);

    private final List<TrainingTarget> rows;
    private final ProgrammeYears programme;

    TargetBook(List<TrainingTarget> rows, ProgrammeYears programme) {
        this.rows = rows;
        this.programme = programme;
    }

    Optional<Goal> programme(@Nullable Long organisation, SupporterCategory category) {
        Optional<Goal> own = row(organisation, category, TargetPeriod.PROGRAMME, programme.first())
                .map(count -> new Goal(count, source(organisation)));
        if (own.isPresent() || organisation != null) {
            return own.or(() -> programme(null, category));
        }
        return Optional.ofNullable(PROGRAMME_DEFAULTS.get(category)).map(count -> new Goal(count, Goal.Source.DEFAULT));
    }

    Optional<Goal> year(@Nullable Long organisation, SupporterCategory category, FiscalYear year) {
        Optional<Goal> own = row(organisation, category, TargetPeriod.FISCAL_YEAR, year.year())
                .map(count -> new Goal(count, source(organisation)));
        if (own.isPresent()) {
            return own;
        }
        if (!programme.contains(year)) {
            return organisation == null ? Optional.empty() : year(null, category, year);
        }
        Optional<Goal> threeYears = programme(organisation, category);
        if (organisation != null && threeYears.filter(g -> g.source() == Goal.Source.ORGANISATION).isEmpty()) {
            return year(null, category, year);
        }
        return threeYears.map(g -> new Goal(Math.ceilDiv(g.count(), ProgrammeYears.LENGTH), g.source()));
    }

    private Optional<Integer> row(@Nullable Long organisation, SupporterCategory category, TargetPeriod kind, int first) {
        return rows.stream().filter(r -> r.isFor(organisation, category, kind, first)).map(TrainingTarget::target)
                .findFirst();
    }

    private static Goal.Source source(@Nullable Long organisation) {
        return organisation == null ? Goal.Source.NETWORK : Goal.Source.ORGANISATION;
    }
}
