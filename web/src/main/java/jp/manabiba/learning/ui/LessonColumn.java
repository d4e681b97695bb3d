package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.learning.LessonBroadcaster;
import jp.manabiba.learning.LessonNow;
import jp.manabiba.learning.LessonsNow;
import jp.manabiba.tutoring.ui.BoardColumn;
import org.jspecify.annotations.Nullable;

/**
 * The live board's lesson column: per child, the ESD unit and lesson they are on today, or a dash. Redrawn when a
 * child opens a lesson or saves an answer in one.
 */
@org.springframework.stereotype.Component
class LessonColumn implements BoardColumn {

    static final String HEADER = "learning.board.header";

    private final LessonsNow lessons;
    private final LessonBroadcaster broadcaster;

    LessonColumn(LessonsNow lessons, LessonBroadcaster broadcaster) {
        this.lessons = lessons;
        this.broadcaster = broadcaster;
    }

    @Override
    public String headerKey() {
        return HEADER;
    }

    @Override
    public LongFunction<Component> cells(long sessionId) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.JAPANESE : ui.getLocale();
        Map<Long, LessonNow> now = lessons.ofSession(sessionId, locale);
        return learnerId -> cell(now.get(learnerId));
    }

    private static Component cell(@Nullable LessonNow lesson) {
        if (lesson == null) {
            Span none = new Span();
            none.setText(none.getTranslation("learning.board.none"));
            none.addClassName("board-lesson-none");
            return none;
        }
        Span unit = new Span(lesson.unitTitle());
        unit.addClassName("board-lesson-unit");
        Div cell = new Div(unit, new Span(lesson.lessonTitle()));
        cell.addClassName("board-lesson");
        return cell;
    }

    @Override
    public Runnable subscribe(long sessionId, Set<Long> learnerIds, Runnable redraw) {
        List<Runnable> registrations = learnerIds.stream()
                .map(learner -> broadcaster.register(learner, seen -> redraw.run())).toList();
        return () -> registrations.forEach(Runnable::run);
    }
}
