package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import jp.manabiba.assignments.Review;
import jp.manabiba.assignments.ReviewView;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * One question under review: the prompt, the child's answer, the right answer and the automatic mark of a closed
 * question, a score field (0 to the question's points) for an open one, and the comment with its preview. Both
 * fields are registered with the screen's {@link FieldErrors} under the service's names.
 */
final class ReviewQuestionPanel extends Div {

    private final ReviewView.Item item;
    private final @Nullable IntegerField score;
    private final CommentField comment;

    ReviewQuestionPanel(ReviewView.Item item, int count, ChildTexts texts, FieldErrors errors) {
        this.item = item;
        setId("review-question-" + item.questionId());
        addClassName("review-question");
        add(new H3(getTranslation("review.question", item.position(), count, item.points())),
                ChildText.markdown(texts, item.prompt(), ReaderGrade.ADULT));
        add(line("review.given", ReviewAnswers.given(item, this), "review-given"));
        if (item.file() != null) {
            add(new AttachedFile(item.file(), getTranslation("review.file.photo")));
        }
        if (item.kind().closed()) {
            add(line("review.right", ReviewAnswers.right(item), "review-right"));
            add(line("review.auto-mark", item.score() == null ? getTranslation("review.not-marked")
                    : getTranslation("review.points", item.score(), item.points()), "review-auto"));
            score = null;
        } else {
            IntegerField field = new IntegerField(getTranslation("review.score", item.points()));
            field.setMin(0);
            field.setMax(item.points());
            field.setStepButtonsVisible(true);
            field.setManualValidation(true); // the service's refusal is the one message
            field.setValue(item.score());
            field.addClassName("review-score");
            score = errors.field("question:" + item.questionId() + ".score", field);
            add(field);
        }
        String field = "question:" + item.questionId() + ".comment";
        comment = new CommentField(getTranslation("review.comment"), item.comment(), Review.COMMENT_MAX, texts);
        errors.field(field, comment.field());
        add(comment);
    }

    long questionId() {
        return item.questionId();
    }

    /** The reviewer's mark: the typed score of an open question (null keeps a closed one's automatic mark). */
    Review.Mark mark() {
        return new Review.Mark(item.questionId(), score == null ? null : score.getValue(), comment.value());
    }

    /** Keeps what the reviewer typed across a reload, so that nothing typed is lost. */
    void keep(ReviewQuestionPanel typed) {
        if (score != null && typed.score != null && typed.score.getValue() != null) {
            score.setValue(typed.score.getValue());
        }
        if (typed.comment.value() != null) {
            comment.field().setValue(typed.comment.field().getValue());
        }
    }

    /** What the reviewer typed here, in one line, or null when nothing (kept when the work was reviewed meanwhile). */
    @Nullable String typed() {
        Integer typedScore = score == null ? null : score.getValue();
        if (typedScore == null && comment.value() == null) {
            return null;
        }
        return getTranslation("review.unsent.line", item.position(), typedScore == null ? "-" : typedScore,
                comment.value() == null ? "" : comment.value());
    }

    void setReadOnly(boolean readOnly) {
        if (score != null) {
            score.setReadOnly(readOnly);
        }
        comment.setReadOnly(readOnly);
    }

    private Paragraph line(String labelKey, String text, String className) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("review-label");
        Paragraph line = new Paragraph(label, new Span(text));
        line.addClassName(className);
        return line;
    }
}
