package jp.manabiba.assignments.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.TodoItem;
import jp.manabiba.assignments.WorkBroadcaster;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import org.jspecify.annotations.Nullable;

/**
 * やること on a child's home: every piece of work given to them as a big card, in the service's order (returned
 * work on top, then the soonest due, then handed in, then done). It redraws by push when the child's work
 * changes elsewhere (a tutor returns it: it comes to the top without a reload).
 */
public class TodoCard extends Div {

    private final Answering answering;
    private final WorkBroadcaster broadcaster;
    private final long learnerId;
    private final ChildTexts texts;
    private ReaderGrade reader;
    private @Nullable Runnable unregister;

    public TodoCard(Answering answering, WorkBroadcaster broadcaster, long learnerId, ChildTexts texts,
                    ReaderGrade reader) {
        this.answering = answering;
        this.broadcaster = broadcaster;
        this.learnerId = learnerId;
        this.texts = texts;
        this.reader = reader;
        addClassNames("big-card", "todo-card");
        draw();
    }

    /** Shows the card again for another reader (the child switched furigana). */
    public void setReader(ReaderGrade reader) {
        this.reader = reader;
        draw();
    }

    private void draw() {
        removeAll();
        add(new H3(getTranslation("work.todo.title")));
        List<TodoItem> items = answering.todo();
        if (items.isEmpty()) {
            Div none = new Div(getTranslation("work.todo.none"));
            none.addClassName("todo-none");
            add(none);
            return;
        }
        Div list = new Div();
        list.addClassName("todo-list");
        items.forEach(item -> list.add(new TodoEntry(item, texts, reader)));
        add(list);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unregister = broadcaster.register(learnerId, change -> ui.access(this::draw));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }
}
