package jp.manabiba.surveys.ui;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.surveys.Answer;
import jp.manabiba.surveys.Receipt;
import jp.manabiba.surveys.SurveyForm;
import org.jspecify.annotations.Nullable;

/**
 * The answering part shared by the child's, the adult's and the guardian's screens: the questions, the pair code
 * of an anonymous "after" survey, autosave of an identified survey's draft at each change, and one button that
 * hands it in; then the thanks, and the code to keep after an anonymous "before" survey. Texts come from
 * {@code keys} ({@code surveys.child.} in kana for a child, {@code surveys.answer.} for adults) through {@code words}.
 */
final class AnswerForm extends Div {

    interface Saver {
        Instant save(Map<Long, Answer> answers);
    }

    interface Sender {
        Receipt send(Map<Long, Answer> answers, @Nullable String pairCode);
    }

    private final QuestionInput.Words words;
    private final String keys;
    private final Div banner = new Div();
    private final FieldErrors errors = new FieldErrors(banner);
    private final List<QuestionInput> inputs = new ArrayList<>();
    private final TextField pairCode = new TextField();
    private final Paragraph status = new Paragraph();
    private final @Nullable Saver saver;
    private final Sender sender;

    AnswerForm(SurveyForm form, QuestionInput.Words words, String keys, @Nullable String requiredMark,
               @Nullable Saver saver, Sender sender) {
        this.words = words;
        this.keys = keys;
        this.saver = saver;
        this.sender = sender;
        addClassName("answer-form");
        add(banner);
        for (var question : form.questions()) {
            QuestionInput input = new QuestionInput(question, words, requiredMark, this::changed);
            input.show(form.draft().getOrDefault(question.id(), new Answer(null, java.util.Set.of(), null)));
            errors.field("answer." + question.id(), input.field());
            inputs.add(input);
            add(input);
        }
        if (form.asksForPairCode()) {
            pairCode.setLabel(getTranslation(keys + "pair-code"));
            pairCode.setHelperText(getTranslation("surveys.answer.pair-code-help"));
            pairCode.addClassName("pair-code");
            errors.field("pairCode", pairCode);
            add(pairCode);
        }
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation(keys + "send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("send-survey");
        add(status, send);
    }

    private Map<Long, Answer> answers() {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        inputs.forEach(input -> answers.put(input.questionId(), input.answer()));
        return answers;
    }

    private void changed() {
        if (saver == null) {
            return;
        }
        errors.clear();
        try {
            Instant at = saver.save(answers());
            status.setText(getTranslation(keys + "saved",
                    LocalTime.ofInstant(at, ProgrammeZone.TOKYO).withNano(0).withSecond(0)));
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    private void send() {
        errors.clear();
        try {
            Receipt receipt = sender.send(answers(), pairCode.getValue());
            removeAll();
            Paragraph thanks = new Paragraph(words.line(getTranslation(keys + "thanks")));
            thanks.addClassName("survey-thanks");
            add(thanks);
            if (receipt.pairCode() != null) {
                Paragraph code = new Paragraph(words.line(getTranslation(keys + "pair-code-keep", receipt.pairCode())));
                code.addClassName("pair-code-keep");
                add(code);
            }
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }
}
