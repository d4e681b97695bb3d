package jp.manabiba.training.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.training.QuizItem;
import jp.manabiba.training.QuizOutcome;
import jp.manabiba.training.SelfStudy;
import jp.manabiba.training.StudyModule;

/**
 * A module's check quiz. The answers go to the server, which marks them; after a fail the answers stay in their
 * fields and the wrong questions are marked (not the right answers), so the supporter reads again and corrects;
 * after a pass every question's explanation is shown. A refusal is shown at its question.
 */
final class QuizForm extends Section {

    private final SelfStudy selfStudy;
    private final String code;
    private final Map<String, QuizField> fields = new LinkedHashMap<>();
    private final Map<String, QuestionCard> cards = new LinkedHashMap<>();
    private final FieldErrors errors;
    private final Button submit = new Button();
    private final Div result = new Div();

    QuizForm(SelfStudy selfStudy, StudyModule module, ChildTexts texts, Runnable backToPages) {
        this.selfStudy = selfStudy;
        this.code = module.code();
        addClassName("training-quiz");
        Div banner = new Div();
        errors = new FieldErrors(banner);
        add(new H3(getTranslation("training.quiz.title")),
                new Paragraph(getTranslation("training.quiz.pass-mark", module.passMark())), banner);
        int number = 1;
        for (QuizItem item : module.questions()) {
            QuizField field = QuizField.of(item, texts, module.previousAnswers().get(item.id()));
            fields.put(item.id(), field);
            errors.field(item.id(), field.validation());
            QuestionCard card = new QuestionCard(number++, ChildText.line(texts, item.prompt(), ReaderGrade.ADULT), field);
            cards.put(item.id(), card);
            add(card);
        }
        submit.setText(getTranslation("training.quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("training-quiz-submit");
        submit.setDisableOnClick(true); // one attempt per press, even when pressed twice on a slow connection
        submit.addClickListener(click -> submit());
        Button reread = new Button(getTranslation("training.quiz.back-to-pages"), click -> backToPages.run());
        reread.addClassName("training-quiz-reread");
        Div actions = new Div(submit, reread);
        actions.addClassName("training-quiz-actions");
        result.addClassName("training-quiz-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(actions, result);
    }

    void submit() {
        errors.clear();
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((id, field) -> answers.put(id, field.answer().get()));
        try {
            show(selfStudy.submit(code, answers));
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        } finally {
            submit.setEnabled(true);
        }
    }

    private void show(QuizOutcome outcome) {
        cards.forEach((id, card) -> card.mark(outcome.wrong().contains(id), outcome.explanations().get(id)));
        result.removeAll();
        result.add(new QuizResultPanel(outcome));
        // the marks make the questions taller and push the verdict below the screen the button was pressed on
        result.scrollIntoView();
        submit.setVisible(!outcome.passed());
        fields.values().forEach(field -> field.component().getElement().setEnabled(!outcome.passed()));
    }

    /** The result shown under the quiz, for tests and screen readers alike. */
    String resultText() {
        return result.getElement().getTextRecursively();
    }
}
