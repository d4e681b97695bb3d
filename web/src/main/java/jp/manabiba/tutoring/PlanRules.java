package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.i18n.ProgrammeZone;

/**
 * What a plan must be before any session is made from it, whoever plans it: a name, weekdays, dates in order, a
 * length, a number of places and a lateness threshold in range. Who may plan what is {@link TutoringAccess}'s concern.
 */
final class PlanRules {

    static final int TITLE_MAX = 100;
    static final int MAX_CAPACITY = SeriesPlan.MAX_CAPACITY;
    /** Longer than an evening into the night is a mistake, not a session. */
    static final Duration MAX_OVERNIGHT = Duration.ofHours(12);
    static final int MAX_LATE_AFTER_MINUTES = SeriesPlan.MAX_LATE_AFTER_MINUTES;

    private PlanRules() {
    }

    static void check(SeriesPlan plan) {
        TextRules.line("title", plan.title(), TITLE_MAX);
        if (plan.weekdays().isEmpty()) {
            throw new InvalidInput("weekdays", "validation.required");
        }
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new InvalidInput("endsOn", "session.error.end-before-start");
        }
        checkTimes(plan);
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            throw new InvalidInput("capacity", "session.error.capacity-range", 1, MAX_CAPACITY);
        }
        if (plan.learnerIds().size() > plan.capacity()) {
            throw new InvalidInput("capacity", "session.error.capacity", plan.learnerIds().size());
        }
        if (plan.lateAfterMinutes() < 0 || plan.lateAfterMinutes() > MAX_LATE_AFTER_MINUTES) {
            throw new InvalidInput("lateAfterMinutes", "session.error.late-range", 0, MAX_LATE_AFTER_MINUTES);
        }
    }

    /**
     * An end before the start is refused unless "ends the next day" was chosen; then the session may run past
     * midnight for at most twelve hours. 18:00 to 17:00 is a slip of the hand, not a 23-hour session.
     */
    private static void checkTimes(SeriesPlan plan) {
        if (plan.endTime().equals(plan.startTime())) {
            throw new InvalidInput("endTime", "session.error.no-length");
        }
        if (!plan.endsNextDay() && plan.endTime().isBefore(plan.startTime())) {
            throw new InvalidInput("endTime", "session.error.end-time-before-start");
        }
        LocalDate anyDay = plan.startsOn();
        if (plan.endsNextDay() && Duration.between(start(plan, anyDay), end(plan, anyDay)).compareTo(MAX_OVERNIGHT) > 0) {
            throw new InvalidInput("endTime", "session.error.overnight-too-long", MAX_OVERNIGHT.toHours());
        }
    }

    static Instant start(SeriesPlan plan, LocalDate date) {
        return date.atTime(plan.startTime()).atZone(ProgrammeZone.TOKYO).toInstant();
    }

    static Instant end(SeriesPlan plan, LocalDate date) {
        return (plan.endsNextDay() ? date.plusDays(1) : date).atTime(plan.endTime()).atZone(ProgrammeZone.TOKYO).toInstant();
    }
}
