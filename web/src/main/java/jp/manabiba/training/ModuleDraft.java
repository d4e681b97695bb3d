package jp.manabiba.training;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A module as an administrator typed it, checked by {@link TrackAdministration} against V024's columns. The code
 * and kind are set once, when the module is added (a self-study module's code is its content package's id).
 */
public record ModuleDraft(String code, ModuleKind kind, String title, @Nullable String titleEn,
                          @Nullable String description, @Nullable BigDecimal hours, @Nullable Integer validityMonths) {
}
