package jp.manabiba.training;

import java.util.Map;

import jp.manabiba.people.SupporterCategory;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/** For the administrator: a category's targets in force for one scope, per programme year and for the three years. */
public record TargetSetting(SupporterCategory category, Map<FiscalYear, Goal> years, @Nullable Goal programme) {
}
