package jp.manabiba.learning;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps a child's progress record of a lesson (made at the first open) and when they were last in it, and tells
 * the board ({@link LessonSeen}): at each open, each answer saved in the lesson, and at its finish.
 */
@Component
class LessonVisits {

    private final LessonProgressRepository progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonVisits(LessonProgressRepository progress, ApplicationEventPublisher events, Clock clock) {
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    LessonProgress visit(long learnerId, String unitId, String lessonId) {
        // made if absent, then locked: two tabs opening a lesson at once make one row and wait for each other
        progress.insertIfAbsent(learnerId, unitId, lessonId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        LessonProgress record = progress.lock(learnerId, unitId, lessonId).orElseThrow();
        record.seen(clock.instant());
        events.publishEvent(new LessonSeen(learnerId, unitId, lessonId));
        return record;
    }
}
