package jp.manabiba.assignments.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.assignments.AttemptRecord;

/** The earlier attempts of a piece of work, each as it was reviewed: outcome, score, comments, answers. */
final class ReviewHistory extends Div {

    /** @param positions question id to its number on the sheet */
    ReviewHistory(List<AttemptRecord> history, Map<Long, Integer> positions) {
        addClassName("review-history");
        add(new H2(getTranslation("review.history")));
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("review.history.none")));
        }
        for (AttemptRecord attempt : history) {
            String score = attempt.score() == null ? "" : " " + getTranslation("review.history.score", attempt.score());
            Details details = new Details(getTranslation("review.history.attempt", attempt.attempt(),
                    getTranslation("review.outcome." + attempt.outcome().name()), DueTimes.due(attempt.reviewedAt())) + score);
            details.addClassName("review-attempt-record");
            if (attempt.overallComment() != null) {
                details.add(new Paragraph(getTranslation("review.history.overall", attempt.overallComment())));
            }
            for (AttemptRecord.Line line : attempt.lines()) {
                details.add(new Paragraph(getTranslation("review.history.line", positions.getOrDefault(line.questionId(), 0),
                        line.answer() == null ? "" : line.answer(), line.score() == null ? "-" : line.score(),
                        line.comment() == null ? "" : line.comment())));
            }
            add(details);
        }
    }
}
