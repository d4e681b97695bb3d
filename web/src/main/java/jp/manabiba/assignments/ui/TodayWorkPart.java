package jp.manabiba.assignments.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import jp.manabiba.assignments.TodayWork;
import jp.manabiba.assignments.TodoItem;
import jp.manabiba.assignments.WorkBroadcaster;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.tutoring.TodaySession;
import jp.manabiba.tutoring.ui.TodayCardPart;
import org.springframework.stereotype.Component;

/**
 * 「きょうの かだい」 inside the child's session card while it runs: the work for that session, each piece one big
 * link to answer it (the cards of やること), redrawn when the child's work changes (a tutor returns it).
 */
@Component
class TodayWorkPart implements TodayCardPart {

    private final TodayWork work;
    private final WorkBroadcaster broadcaster;
    private final ChildTexts texts;

    TodayWorkPart(TodayWork work, WorkBroadcaster broadcaster, ChildTexts texts) {
        this.work = work;
        this.broadcaster = broadcaster;
        this.texts = texts;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> content(TodaySession session, ReaderGrade reader) {
        List<TodoItem> items = work.forSession(session.id());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Div part = new Div();
        part.addClassName("today-work");
        H4 title = new H4();
        part.add(ChildText.appendTo(title, texts, part.getTranslation("work.today.title"), reader));
        Div list = new Div();
        list.addClassName("todo-list");
        items.forEach(item -> list.add(new TodoEntry(item, texts, reader)));
        part.add(list);
        return Optional.of(part);
    }

    @Override
    public Runnable subscribe(TodaySession session, Runnable redraw) {
        return broadcaster.register(session.learnerId(), change -> redraw.run());
    }
}
