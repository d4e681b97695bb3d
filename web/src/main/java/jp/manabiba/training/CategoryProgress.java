package jp.manabiba.training;

import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/**
 * Trained supporters of one category: in the fiscal year shown and in the programme so far, each against its
 * target in force (null where there is none).
 */
public record CategoryProgress(SupporterCategory category, long thisYear, @Nullable Goal yearGoal,
                               long programmeToDate, @Nullable Goal programmeGoal) {
}
