package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jp.manabiba.i18n.ProgrammeZone;

/**
 * A workshop as the coordinator's form sends it: the day and times are Takatsuki's (Asia/Tokyo), whatever the
 * server's zone. Checked by {@link WorkshopRules} before anything is stored.
 */
public record WorkshopPlan(long organisationId, String title, LocalDate day, LocalTime startTime, LocalTime endTime,
                           String place, String trainer, int capacity, Set<Long> moduleIds) {

    public WorkshopPlan {
        moduleIds = Set.copyOf(moduleIds);
    }

    public Instant startsAt() {
        return day.atTime(startTime).atZone(ProgrammeZone.TOKYO).toInstant();
    }

    public Instant endsAt() {
        return day.atTime(endTime).atZone(ProgrammeZone.TOKYO).toInstant();
    }
}
