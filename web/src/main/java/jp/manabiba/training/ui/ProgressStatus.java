package jp.manabiba.training.ui;

import java.time.LocalDate;

import jp.manabiba.training.ModuleStanding;
import jp.manabiba.training.OrganisationReadiness;

/**
 * Where a supporter is with one module, in the words the supporter's own page uses: done, expiring soon (within
 * the coordinator list's 60 days), expired, or still to do. The translation keys are training.status.*.
 */
enum ProgressStatus {
    DONE,
    EXPIRING,
    EXPIRED,
    TO_DO;

    static ProgressStatus of(ModuleStanding module, LocalDate day) {
        if (!module.done()) {
            return TO_DO;
        }
        if (!module.validOn(day)) {
            return EXPIRED;
        }
        LocalDate expires = module.expiresOn();
        return expires != null && !expires.isAfter(day.plusDays(OrganisationReadiness.EXPIRING_DAYS)) ? EXPIRING : DONE;
    }

    String key() {
        return "coord.status." + name();
    }
}
