package jp.manabiba.tutoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.tutoring.TodaySession;

/** The {@link TodayCardPart}s of a session card: their content while the session runs, and their push registrations. */
final class TodayParts {

    private final List<TodayCardPart> parts;
    private final List<Runnable> registrations = new ArrayList<>();

    TodayParts(List<TodayCardPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** True while the child can take part: the join is open, nothing cancelled, not over. */
    static boolean running(TodaySession s) {
        return s.joinOpen() && !s.over() && s.cancelledReason() == null;
    }

    void addTo(Div card, TodaySession session, ReaderGrade reader) {
        if (running(session)) {
            parts.forEach(part -> part.content(session, reader).ifPresent(card::add));
        }
    }

    void follow(TodaySession session, Runnable redraw) {
        stop();
        parts.forEach(part -> registrations.add(part.subscribe(session, redraw)));
    }

    void stop() {
        registrations.forEach(Runnable::run);
        registrations.clear();
    }
}
