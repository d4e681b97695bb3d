package jp.manabiba.training;

import java.util.List;

import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/** One organisation's (or, without one, the whole network's) trained supporters against the targets. */
public record TargetProgress(@Nullable Long organisationId, String name, FiscalYear year, ProgrammeYears programme,
                             List<CategoryProgress> categories) {

    /** Whether a figure is shown against the network's target because the organisation has none of its own. */
    public boolean borrowsNetworkTargets() {
        return organisationId != null && categories.stream().anyMatch(c ->
                (c.yearGoal() != null && c.yearGoal().source() != Goal.Source.ORGANISATION)
                        || (c.programmeGoal() != null && c.programmeGoal().source() != Goal.Source.ORGANISATION));
    }
}
