package jp.manabiba.assignments.ui;

import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.assignments.AnswerFile;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * One question: its number, the prompt with furigana, the control, when it was last saved, a message right beside
 * it when something is wrong, and once marked the score and the tutor's comment.
 */
final class QuestionPanel extends Div {

    private final long questionId;
    private final AnswerInput input;
    private final Span status = new Span();
    private final Paragraph problem = new Paragraph();

    QuestionPanel(WorkView.Item item, int count, ChildTexts texts, ReaderGrade reader, boolean readOnly,
                  Consumer<DraftAnswer> changed, FileInput.Attach attach) {
        this.questionId = item.questionId();
        setId("question-" + item.questionId());
        addClassName("question-panel");
        H3 number = new H3(getTranslation("work.question", item.position(), count));
        if (!item.required()) {
            Span optional = new Span(getTranslation("work.optional"));
            optional.addClassName("question-optional");
            number.add(optional);
        }
        add(number, ChildText.markdown(texts, item.prompt(), reader));
        input = AnswerInput.of(item, texts, reader, changed, attach);
        input.setReadOnly(readOnly);
        problem.addClassName("question-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        status.addClassName("question-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(input.component(), problem, status);
        if (item.problemKey() != null && !readOnly) {
            problem(item.problemKey());
        }
        savedAt(item.savedAt());
        feedback(item, texts, reader);
    }

    long questionId() {
        return questionId;
    }

    /** The draft is on the server: say when (the time the service stored). */
    void saved(Instant at, @Nullable String problemKey) {
        savedAt(at);
        if (problemKey == null) {
            clearProblem();
        } else {
            problem(problemKey);
        }
    }

    private void savedAt(@Nullable Instant at) {
        status.removeClassName("question-status-failed");
        status.setText(at == null ? "" : getTranslation("work.saved", DueTimes.clock(at)));
    }

    /** The save did not get through: the text stays on screen and the screen tries again. */
    void failing() {
        status.addClassName("question-status-failed");
        status.setText(getTranslation("work.save-failed"));
    }

    void problem(String messageKey, Object... arguments) {
        problem.setText(getTranslation(messageKey, arguments));
        problem.setVisible(true);
        addClassName("has-problem");
    }

    void clearProblem() {
        problem.setVisible(false);
        removeClassName("has-problem");
    }

    /** The problem shown beside this question, if any (for tests and screen readers alike). */
    @Nullable String problemText() {
        return problem.isVisible() ? problem.getText() : null;
    }

    String statusText() {
        return status.getText();
    }

    /** A file answer was saved: its thumbnail instead of the one before. */
    void showFile(AnswerFile file) {
        if (input instanceof FileInput files) {
            files.showFile(file);
        }
    }

    /** Another tab or device saved: show its draft. */
    void show(WorkView.Item item) {
        input.show(item);
        savedAt(item.savedAt());
    }

    private void feedback(WorkView.Item item, ChildTexts texts, ReaderGrade reader) {
        if (item.score() != null) {
            Paragraph score = new Paragraph(getTranslation("work.score", item.score(), item.points()));
            score.addClassName("question-score");
            add(score);
        }
        if (item.comment() != null) {
            Div comment = new Div(new Span(getTranslation("work.comment")), ChildText.markdown(texts, item.comment(), reader));
            comment.addClassName("question-comment");
            add(comment);
        }
    }
}
