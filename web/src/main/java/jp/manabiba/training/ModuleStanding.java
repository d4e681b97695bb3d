package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a supporter is with one module of their track on a day.
 *
 * @param firstDone the first completion on or before the day, null when never done by then
 * @param expiresOn the day the newest completion stops counting, null when done and never expiring (or not done)
 */
public record ModuleStanding(long moduleId, String title, @Nullable String titleEn, ModuleKind kind,
                             Requirement requirement, int position, @Nullable LocalDate firstDone,
                             @Nullable LocalDate expiresOn) {

    public boolean done() {
        return firstDone != null;
    }

    /** Valid on the day: done, and not expired (the expiry day itself no longer counts). */
    public boolean validOn(LocalDate day) {
        return firstDone != null && !firstDone.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : title;
    }
}
