package jp.manabiba.assignments.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.assignments.AttemptRecord;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * The child's earlier attempts (returned or done), newest first, folded: what they answered, their marks and the
 * tutor's comments, all in the child's furigana setting. Hidden when there is none.
 */
final class AttemptHistory extends Div {

    AttemptHistory(WorkView work, ChildTexts texts, ReaderGrade reader) {
        addClassName("work-history");
        setVisible(!work.history().isEmpty());
        if (work.history().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("work.history.title")));
        Map<Long, WorkView.Item> questions = work.questions().stream()
                .collect(Collectors.toMap(WorkView.Item::questionId, item -> item));
        List<AttemptRecord> newestFirst = work.history().reversed();
        for (AttemptRecord attempt : newestFirst) {
            Div body = new Div();
            if (attempt.overallComment() != null) {
                body.add(comment(texts, attempt.overallComment(), reader));
            }
            for (AttemptRecord.Line line : attempt.lines()) {
                WorkView.Item question = questions.get(line.questionId());
                body.add(line(line, question, texts, reader));
            }
            String score = attempt.score() == null ? ""
                    : " ・ " + getTranslation("work.score.total", attempt.score(), work.maxScore());
            Details details = new Details(getTranslation("work.history.attempt", attempt.attempt(),
                    getTranslation("assignment.state." + attempt.outcome().name())) + score, body);
            details.addClassName("history-attempt");
            add(details);
        }
    }

    private Div line(AttemptRecord.Line line, WorkView.@Nullable Item question, ChildTexts texts, ReaderGrade reader) {
        Div row = new Div();
        row.addClassName("history-line");
        String number = question == null ? "" : getTranslation("work.history.question", question.position());
        Span answer = new Span();
        if (line.answer() == null || line.answer().isBlank()) {
            answer.setText(getTranslation("work.history.no-answer"));
        } else {
            ChildText.appendTo(answer, texts, line.answer(), reader);
        }
        row.add(new Span(number), answer);
        if (line.score() != null && question != null) {
            row.add(new Span(getTranslation("work.score", line.score(), question.points())));
        }
        if (line.comment() != null) {
            row.add(comment(texts, line.comment(), reader));
        }
        return row;
    }

    private Div comment(ChildTexts texts, String comment, ReaderGrade reader) {
        Div box = new Div(new Span(getTranslation("work.comment")), ChildText.markdown(texts, comment, reader));
        box.addClassName("question-comment");
        return box;
    }
}
