package jp.manabiba.training;

import java.time.LocalDate;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;

/**
 * What a workshop must be before it is stored, whoever plans it: a title, place and trainer within their columns, a
 * capacity of 1 to 500 (V024's check), an end after the start on the same day (a workshop does not run overnight), at
 * least one module. Which modules exist, and whether the capacity still holds the bookings, is {@link Workshops}'.
 */
final class WorkshopRules {

    private WorkshopRules() {
    }

    /** The plan with its texts stripped, or the first refusal at its field. */
    static WorkshopPlan check(WorkshopPlan plan, LocalDate today, boolean isNew) {
        String title = TextRules.line("title", plan.title(), Workshop.TITLE_MAX);
        if (isNew && plan.day().isBefore(today)) {
            throw new InvalidInput("day", "training.workshop.error.in-past");
        }
        if (!plan.endTime().isAfter(plan.startTime())) {
            throw new InvalidInput("endTime", "training.workshop.error.end-before-start");
        }
        String place = TextRules.line("place", plan.place(), Workshop.PLACE_MAX);
        String trainer = TextRules.line("trainer", plan.trainer(), Workshop.TRAINER_MAX);
        if (plan.capacity() < Workshop.CAPACITY_MIN || plan.capacity() > Workshop.CAPACITY_MAX) {
            throw new InvalidInput("capacity", "training.workshop.error.capacity-range", Workshop.CAPACITY_MIN,
                    Workshop.CAPACITY_MAX);
        }
        if (plan.moduleIds().isEmpty()) {
            throw new InvalidInput("modules", "validation.required");
        }
        return new WorkshopPlan(plan.organisationId(), title, plan.day(), plan.startTime(), plan.endTime(), place,
                trainer, plan.capacity(), plan.moduleIds());
    }
}
