package jp.manabiba.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Where a supporter is with a module today, as "My training" says it. */
public enum ModuleStatus {
    /** Never completed, or only on a later day. */
    TO_DO,
    /** Completed, and it never expires. */
    DONE,
    /** Completed, valid for more than {@link #SOON_DAYS} days still. */
    VALID,
    /** Valid today, but no longer within {@link #SOON_DAYS} days: time to renew. */
    EXPIRING_SOON,
    /** Completed, and no longer valid: not ready if the module is needed before children. */
    EXPIRED;

    /** The coordinators' "expiring within 60 days" (docs/training.md), the same window here. */
    public static final int SOON_DAYS = 60;

    /**
     * @param firstDone the first completion on or before {@code today}, null when none
     * @param expiresOn the first day the newest completion no longer counts, null when it never expires
     */
    public static ModuleStatus of(@Nullable LocalDate firstDone, @Nullable LocalDate expiresOn, LocalDate today) {
        if (firstDone == null || firstDone.isAfter(today)) {
            return TO_DO;
        }
        if (expiresOn == null) {
            return DONE;
        }
        if (!expiresOn.isAfter(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(SOON_DAYS)) ? VALID : EXPIRING_SOON;
    }

    /** Counts today (done, or done and not expired yet). */
    public boolean valid() {
        return this == DONE || this == VALID || this == EXPIRING_SOON;
    }
}
