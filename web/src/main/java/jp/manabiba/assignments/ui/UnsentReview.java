package jp.manabiba.assignments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * The work was reviewed by someone else meanwhile and is no longer waiting: the screen shows their review, and
 * what this reviewer had typed stays on screen beside it (to copy or compare), so nothing typed is lost.
 */
final class UnsentReview extends Div {

    private UnsentReview(List<String> lines) {
        addClassName("review-unsent");
        add(new Paragraph(getTranslation("review.unsent")));
        lines.forEach(line -> add(new Paragraph(line)));
    }

    static Optional<UnsentReview> of(List<ReviewQuestionPanel> typed, @Nullable CommentField typedOverall) {
        List<String> lines = new ArrayList<>(typed.stream().map(ReviewQuestionPanel::typed).filter(Objects::nonNull).toList());
        if (typedOverall != null && typedOverall.value() != null) {
            lines.add(typedOverall.getTranslation("review.unsent.overall", typedOverall.value()));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new UnsentReview(lines));
    }
}
