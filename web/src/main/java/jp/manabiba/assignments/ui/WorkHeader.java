package jp.manabiba.assignments.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.assignments.SubmissionState;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/** The top of the answering screen: state, due time, late or overdue; what happens now, the score and the comment. */
final class WorkHeader {

    private WorkHeader() {
    }

    /** The state, the due time and, when it matters, late or overdue. */
    static Div facts(WorkView opened, Clock clock) {
        Div facts = new Div();
        facts.addClassName("work-facts");
        Span state = new Span(facts.getTranslation("assignment.state." + opened.state().name()));
        state.addClassNames("todo-state", "todo-" + opened.state().name().toLowerCase().replace('_', '-'));
        facts.add(state, new Span(facts.getTranslation("work.due", DueTimes.due(opened.dueAt()))));
        if (opened.late()) {
            Span late = new Span(facts.getTranslation("work.late"));
            late.addClassName("todo-late");
            facts.add(late);
        } else if (opened.state().open() && clock.instant().isAfter(opened.dueAt())) {
            Span overdue = new Span(facts.getTranslation("work.overdue"));
            overdue.addClassName("todo-overdue");
            facts.add(overdue);
        }
        return facts;
    }

    /** What happens now, the total score and the tutor's overall comment. */
    static Div summary(WorkView opened, ChildTexts texts, ReaderGrade reader) {
        Div summary = new Div();
        summary.addClassName("work-summary");
        summary.add(new Paragraph(summary.getTranslation("work.state-info." + opened.state().name())));
        if (opened.score() != null && opened.state() != SubmissionState.IN_PROGRESS) {
            Paragraph score = new Paragraph(summary.getTranslation("work.score.total", opened.score(), opened.maxScore()));
            score.addClassName("work-score");
            summary.add(score);
        }
        if (opened.overallComment() != null) {
            Div comment = new Div(new Span(summary.getTranslation("work.comment")),
                    ChildText.markdown(texts, opened.overallComment(), reader));
            comment.addClassName("question-comment");
            summary.add(comment);
        }
        return summary;
    }
}
