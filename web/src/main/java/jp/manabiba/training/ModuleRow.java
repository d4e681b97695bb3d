package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One module of a supporter's track as "My training" lists it.
 *
 * @param code       the module's stable code (for a self-study module, its package: the reader's address)
 * @param doneOn     the first day it was completed, null when never
 * @param validUntil the last day the newest completion counts, null when it never expires or was never done
 * @param studyable  false only for a self-study module whose content is not deployed (nothing to open)
 */
public record ModuleRow(String code, String title, ModuleKind kind, Requirement requirement, ModuleStatus status,
                        @Nullable LocalDate doneOn, @Nullable LocalDate validUntil, boolean studyable) {

    static ModuleRow of(ModuleStanding standing, String code, Locale locale, LocalDate today, boolean studyable) {
        LocalDate expires = standing.expiresOn();
        return new ModuleRow(code, standing.title(locale), standing.kind(), standing.requirement(),
                ModuleStatus.of(standing.firstDone(), expires, today), standing.firstDone(),
                expires == null ? null : expires.minusDays(1), studyable);
    }
}
