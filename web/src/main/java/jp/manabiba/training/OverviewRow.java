package jp.manabiba.training;

import java.time.LocalDate;
import java.util.List;

import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/**
 * A supporter on the coordinator's training list: what keeps them from children (missing or expired modules
 * needed before children), what runs out soon, and, for a blocked supporter, whether they are still expected
 * somewhere (active matches, coming sessions).
 *
 * @param firstSession the day of the first coming session, null when none
 */
public record OverviewRow(long supporterId, String name, SupporterCategory category, List<ModuleStanding> missing,
                          List<ModuleStanding> expiring, long activeMatches, int comingSessions,
                          @Nullable LocalDate firstSession) {

    public boolean ready() {
        return missing.isEmpty();
    }

    /** Still matched or scheduled: a blocked supporter the coordinator must act on first. */
    public boolean committed() {
        return activeMatches > 0 || comingSessions > 0;
    }
}
