package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.assignments.SubmissionState;
import jp.manabiba.assignments.TodoItem;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/**
 * One piece of work on やること as one big link (the whole card is the target): its state in words and colour,
 * the title with furigana, the due time, and what to do next.
 */
final class TodoEntry extends RouterLink {

    TodoEntry(TodoItem item, ChildTexts texts, ReaderGrade reader) {
        super(AnswerWorkView.class, item.submissionId());
        addClassNames("todo-entry", "todo-" + item.state().name().toLowerCase().replace('_', '-'));
        Span state = new Span(getTranslation("assignment.state." + item.state().name()));
        state.addClassName("todo-state");
        Div top = new Div(state);
        top.addClassName("todo-top");
        if (item.overdue()) {
            top.add(mark("work.overdue", "todo-overdue"));
        } else if (item.late()) {
            top.add(mark("work.late", "todo-late"));
        }
        Div title = ChildText.appendTo(new Div(), texts, item.title(), reader);
        title.addClassName("todo-title");
        Div due = new Div(getTranslation("work.due", DueTimes.due(item.dueAt())));
        due.addClassName("todo-due");
        add(top, title, due);
        if (item.state() == SubmissionState.DONE && item.score() != null) {
            add(line(getTranslation("work.score", item.score(), item.maxScore()), "todo-score"));
        }
        add(line(getTranslation("work.next." + item.state().name()), "todo-next"));
    }

    private Span mark(String key, String className) {
        Span mark = new Span(getTranslation(key));
        mark.addClassName(className);
        return mark;
    }

    private Div line(String text, String className) {
        Div line = new Div(text);
        line.addClassName(className);
        return line;
    }
}
