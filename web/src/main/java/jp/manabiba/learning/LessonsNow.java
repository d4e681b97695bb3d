package jp.manabiba.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.EnrolledSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live board's lesson column: per child of a session, the ESD lesson they are on now, i.e. the lesson they
 * opened, answered in or finished last today (Asia/Tokyo). For the session's tutors and its organisation's
 * coordinators (an administrator: any, as the board itself); anyone else is refused and audited. The board redraws
 * on {@link LessonSeen} (see {@link LessonBroadcaster}).
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN})
public class LessonsNow {

    static final String SCREEN = "session-board";

    private final LessonProgressRepository progress;
    private final UnitLibrary library;
    private final LearningAccess access;
    private final Clock clock;

    LessonsNow(LessonProgressRepository progress, UnitLibrary library, LearningAccess access, Clock clock) {
        this.progress = progress;
        this.library = library;
        this.access = access;
        this.clock = clock;
    }

    /** The children of the session who were in a lesson today, each with that lesson; one query. */
    @Transactional(readOnly = true)
    public Map<Long, LessonNow> ofSession(long sessionId, Locale locale) {
        EnrolledSession session = access.sessionRun(sessionId, SCREEN);
        Map<Long, LessonNow> now = new HashMap<>();
        if (session.learnerIds().isEmpty()) {
            return now;
        }
        var today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO)).atStartOfDay(ProgrammeZone.TOKYO).toInstant();
        for (Object[] row : progress.seenSince(session.learnerIds(), today)) {
            long learner = (Long) row[0];
            String unitId = (String) row[1];
            String lessonId = (String) row[2];
            if (!now.containsKey(learner)) { // latest first: the first row of a child is their lesson now
                library.unit(unitId).ifPresent(unit -> unit.lesson(lessonId).ifPresent(lesson ->
                        now.put(learner, lessonNow(learner, unit, lesson, (java.time.Instant) row[3], locale))));
            }
        }
        return now;
    }

    private static LessonNow lessonNow(long learner, Unit unit, Lesson lesson, java.time.Instant seenAt, Locale locale) {
        return new LessonNow(learner, unit.id(), unit.title().in(locale), lesson.id(), lesson.title().in(locale), seenAt);
    }
}
