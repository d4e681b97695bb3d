package jp.manabiba.assignments.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.assignments.AssignmentDetail.QuestionDetail;
import jp.manabiba.assignments.ChoiceDraft;
import jp.manabiba.assignments.QuestionKind;
import jp.manabiba.assignments.ShortAnswerRules;
import jp.manabiba.base.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * What a question's kind needs: choices with their right marks, a number with tolerance and unit, accepted short
 * answers with the author's switches (width, kana, spaces), or a note that a tutor marks it (long text, file).
 */
final class AnswerFields extends Div {

    private final TextRows choices = new TextRows("question-choices", "authoring.choice.label", "authoring.choice.add",
            true, 10);
    private final TextField numberAnswer = new TextField();
    private final TextField tolerance = new TextField();
    private final TextField unit = new TextField();
    private final Div number = new Div(numberAnswer, tolerance, unit);
    private final TextRows accepted = new TextRows("question-accepted", "authoring.accepted.label",
            "authoring.accepted.add", false, 10);
    private final Checkbox width = new Checkbox();
    private final Checkbox kana = new Checkbox();
    private final Checkbox spaces = new Checkbox();
    private final Div shortText = new Div(accepted, width, kana, spaces);
    private final Paragraph open = new Paragraph();

    AnswerFields() {
        addClassName("answer-fields");
        numberAnswer.setLabel(getTranslation("authoring.number.answer"));
        tolerance.setLabel(getTranslation("authoring.number.tolerance"));
        tolerance.setHelperText(getTranslation("authoring.number.tolerance-help"));
        unit.setLabel(getTranslation("authoring.number.unit"));
        unit.setMaxLength(20);
        number.addClassName("number-fields");
        width.setLabel(getTranslation("authoring.rules.width"));
        kana.setLabel(getTranslation("authoring.rules.kana"));
        spaces.setLabel(getTranslation("authoring.rules.spaces"));
        shortText.addClassName("short-text-fields");
        open.addClassName("question-open-note");
        add(choices, number, shortText, open);
        fillRules(ShortAnswerRules.DEFAULT);
    }

    /** A new question: two empty choices and one accepted answer to start from. */
    void start() {
        choices.addRow("", true);
        choices.addRow("", false);
        accepted.addRow("", false);
    }

    void fill(QuestionDetail question) {
        question.choices().forEach(c -> choices.addRow(c.label(), c.correct()));
        question.acceptedAnswers().forEach(a -> accepted.addRow(a, false));
        if (choices.rows().isEmpty()) {
            choices.addRow("", true);
            choices.addRow("", false);
        }
        if (accepted.rows().isEmpty()) {
            accepted.addRow("", false);
        }
        numberAnswer.setValue(question.numberAnswer() == null ? "" : question.numberAnswer().toPlainString());
        tolerance.setValue(question.numberTolerance().signum() == 0 ? "" : question.numberTolerance().toPlainString());
        unit.setValue(question.unit() == null ? "" : question.unit());
        fillRules(question.rules());
    }

    private void fillRules(ShortAnswerRules rules) {
        width.setValue(rules.width());
        kana.setValue(rules.kana());
        spaces.setValue(rules.spaces());
    }

    void showFor(@Nullable QuestionKind kind) {
        choices.setVisible(kind != null && kind.choices());
        number.setVisible(kind == QuestionKind.NUMBER);
        shortText.setVisible(kind == QuestionKind.SHORT_TEXT);
        open.setVisible(kind == QuestionKind.LONG_TEXT || kind == QuestionKind.FILE);
        open.setText(kind == QuestionKind.FILE ? getTranslation("authoring.kind.file-note")
                : getTranslation("authoring.kind.long-note"));
    }

    List<ChoiceDraft> choices() {
        return choices.rows().stream()
                .map(row -> new ChoiceDraft(row.text().getValue(), row.correct() != null && row.correct().getValue()))
                .toList();
    }

    String numberAnswer() {
        return numberAnswer.getValue();
    }

    String tolerance() {
        return tolerance.getValue();
    }

    String unit() {
        return unit.getValue();
    }

    List<String> accepted() {
        return accepted.rows().stream().map(row -> row.text().getValue()).toList();
    }

    ShortAnswerRules rules() {
        return new ShortAnswerRules(width.getValue(), kana.getValue(), spaces.getValue());
    }

    void register(FieldErrors errors, String field) {
        choices.register(errors, field + ".choices", false);
        errors.field(field + ".numberAnswer", numberAnswer);
        errors.field(field + ".numberTolerance", tolerance);
        errors.field(field + ".unit", unit);
        accepted.register(errors, field + ".acceptedAnswers", true);
    }

    void setReadOnly(boolean readOnly) {
        choices.setReadOnly(readOnly);
        accepted.setReadOnly(readOnly);
        for (var field : List.of(numberAnswer, tolerance, unit)) {
            field.setReadOnly(readOnly);
        }
        for (var box : List.of(width, kana, spaces)) {
            box.setReadOnly(readOnly);
        }
    }
}
