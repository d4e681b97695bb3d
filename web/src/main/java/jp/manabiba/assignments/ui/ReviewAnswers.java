package jp.manabiba.assignments.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import jp.manabiba.assignments.AssignmentDetail;
import jp.manabiba.assignments.QuestionKind;
import jp.manabiba.assignments.ReviewView;

/** A question's answers as the reviewer reads them: the child's, and the right one of a closed question. */
final class ReviewAnswers {

    private ReviewAnswers() {
    }

    /** What the child gave: the text or number as typed, the chosen labels, or for a file what is known of it. */
    static String given(ReviewView.Item item, Component anchor) {
        if (item.kind().choices()) {
            String chosen = item.choices().stream().filter(c -> item.choiceIds().contains(c.id()))
                    .map(AssignmentDetail.ChoiceDetail::label).collect(Collectors.joining("、"));
            return chosen.isEmpty() ? anchor.getTranslation("review.no-answer") : chosen;
        }
        if (item.kind() == QuestionKind.FILE) {
            // the file itself is shown beside this line (AttachedFile); here its name, or that there is none
            return item.file() == null ? anchor.getTranslation("review.file.none")
                    : anchor.getTranslation("review.file.attached", item.file().fileName());
        }
        return item.text() == null || item.text().isBlank() ? anchor.getTranslation("review.no-answer") : item.text();
    }

    /** The right answer of a closed question; empty for an open one (the reviewer judges it). */
    static String right(ReviewView.Item item) {
        return switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> item.choices().stream().filter(AssignmentDetail.ChoiceDetail::correct)
                    .map(AssignmentDetail.ChoiceDetail::label).collect(Collectors.joining("、"));
            case NUMBER -> item.numberAnswer() == null ? "" : item.numberAnswer().toPlainString();
            case SHORT_TEXT -> String.join("、", item.acceptedAnswers());
            case LONG_TEXT, FILE -> "";
        };
    }
}
