package jp.manabiba.learning;

import java.time.Clock;

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
        LessonProgress record = progress.findByLearnerIdAndUnitIdAndLessonId(learnerId, unitId, lessonId)
                .orElseGet(() -> progress.save(new LessonProgress(learnerId, unitId, lessonId, clock.instant())));
        record.seen(clock.instant());
        events.publishEvent(new LessonSeen(learnerId, unitId, lessonId));
        return record;
    }
}
