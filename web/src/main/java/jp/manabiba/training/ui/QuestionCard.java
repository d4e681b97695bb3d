package jp.manabiba.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** One question of the quiz: its number and prompt, its field, and after an attempt "wrong" or its explanation. */
final class QuestionCard extends Div {

    private final Span wrong = new Span();
    private final Paragraph explanation = new Paragraph();

    QuestionCard(int number, Component prompt, QuizField field) {
        addClassName("training-question");
        Span numbered = new Span(getTranslation("training.quiz.number", number));
        numbered.addClassName("training-question-number");
        Paragraph asked = new Paragraph(numbered, prompt);
        asked.addClassName("training-question-prompt");
        wrong.setText(getTranslation("training.quiz.wrong"));
        wrong.addClassName("training-question-wrong");
        wrong.setVisible(false);
        explanation.addClassName("training-question-explanation");
        explanation.setVisible(false);
        add(asked, field.component(), wrong, explanation);
    }

    void mark(boolean isWrong, @Nullable String explained) {
        setClassName("training-question-marked-wrong", isWrong);
        wrong.setVisible(isWrong);
        explanation.setText(explained == null ? "" : explained);
        explanation.setVisible(explained != null);
    }

    boolean markedWrong() {
        return wrong.isVisible();
    }
}
