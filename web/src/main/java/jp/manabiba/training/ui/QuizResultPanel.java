package jp.manabiba.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.training.QuizOutcome;

/** The verdict: passed (and until when it counts), or how many were right and that the marked ones need another look. */
final class QuizResultPanel extends Div {

    QuizResultPanel(QuizOutcome outcome) {
        addClassNames("training-result", outcome.passed() ? "training-result-passed" : "training-result-failed");
        getElement().setAttribute("role", outcome.passed() ? "status" : "alert");
        Paragraph score = new Paragraph(getTranslation("training.quiz.score", outcome.right(), outcome.outOf(),
                outcome.percent(), outcome.passMark()));
        if (!outcome.passed()) {
            add(new Paragraph(getTranslation("training.quiz.failed")), score,
                    new Paragraph(getTranslation("training.quiz.retry")));
            return;
        }
        String counts = outcome.validUntil() == null ? getTranslation("training.quiz.passed-no-expiry")
                : getTranslation("training.quiz.passed-until", StatusTexts.date(outcome.validUntil()));
        Anchor back = new Anchor(ModuleLinks.MY_TRAINING, getTranslation("training.quiz.back-to-my-training"));
        back.addClassNames("big-link", "training-back");
        add(new Paragraph(getTranslation("training.quiz.passed")), score, new Paragraph(counts), back);
    }
}
