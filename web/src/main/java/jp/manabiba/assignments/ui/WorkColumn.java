package jp.manabiba.assignments.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import com.vaadin.flow.component.html.Span;
import jp.manabiba.assignments.SessionWork;
import jp.manabiba.assignments.WorkBroadcaster;
import jp.manabiba.assignments.WorkState;
import jp.manabiba.tutoring.ui.BoardColumn;
import org.springframework.stereotype.Component;

/**
 * The live board's work column: per child, today's work not started / working / handed in, as a small coloured
 * badge with the state in words (the colour is never the only sign). Redrawn when a child's work changes.
 */
@Component
class WorkColumn implements BoardColumn {

    static final String HEADER = "work.board.header";

    private final SessionWork work;
    private final WorkBroadcaster broadcaster;

    WorkColumn(SessionWork work, WorkBroadcaster broadcaster) {
        this.work = work;
        this.broadcaster = broadcaster;
    }

    @Override
    public String headerKey() {
        return HEADER;
    }

    @Override
    public LongFunction<com.vaadin.flow.component.Component> cells(long sessionId) {
        Map<Long, WorkState> states = work.ofSession(sessionId);
        return learnerId -> badge(states.getOrDefault(learnerId, WorkState.NONE));
    }

    private static Span badge(WorkState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("work.board." + state.name()));
        badge.addClassNames("work-badge", "work-badge-" + state.name().toLowerCase().replace('_', '-'));
        return badge;
    }

    @Override
    public Runnable subscribe(long sessionId, Set<Long> learnerIds, Runnable redraw) {
        List<Runnable> registrations = learnerIds.stream()
                .map(learner -> broadcaster.register(learner, change -> redraw.run())).toList();
        return () -> registrations.forEach(Runnable::run);
    }
}
