package jp.manabiba.assignments.ui;

import java.util.List;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jp.manabiba.assignments.AssignmentDetail.QuestionDetail;
import jp.manabiba.assignments.ChoiceDraft;
import jp.manabiba.assignments.QuestionDraft;
import jp.manabiba.assignments.QuestionKind;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ReadingCheck;
import org.jspecify.annotations.Nullable;

/**
 * One question as its author writes it: the kind, the prompt (with the reading check), points, required, and what
 * the kind needs ({@link AnswerFields}). Fields of the other kinds stay filled while hidden, so switching the kind
 * back loses nothing; only the chosen kind's are sent.
 */
final class QuestionEditor extends Div {

    /** What the list around it does when the author moves or removes this question. */
    interface Moves {
        void move(QuestionEditor question, int by);

        void remove(QuestionEditor question);
    }

    private final H3 heading = new H3();
    private final Select<QuestionKind> kind = new Select<>();
    private final TextArea prompt = new TextArea();
    private final IntegerField points = new IntegerField();
    private final Checkbox required = new Checkbox();
    private final AnswerFields answer = new AnswerFields();
    private final Div tools = new Div();

    QuestionEditor(@Nullable QuestionDetail question, ChildTexts texts, Moves moves) {
        addClassName("question-editor");
        kind.setLabel(getTranslation("authoring.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("authoring.kind." + k.name()));
        kind.addValueChangeListener(change -> answer.showFor(change.getValue()));
        prompt.setLabel(getTranslation("authoring.question.prompt"));
        prompt.setMaxLength(2000);
        prompt.addClassName("question-prompt");
        points.setLabel(getTranslation("authoring.question.points"));
        points.setMin(0);
        points.setMax(100);
        points.setStepButtonsVisible(true);
        required.setLabel(getTranslation("authoring.question.required"));
        Button up = tool(VaadinIcon.ARROW_UP, "authoring.question.up", click -> moves.move(this, -1));
        Button down = tool(VaadinIcon.ARROW_DOWN, "authoring.question.down", click -> moves.move(this, 1));
        Button remove = tool(VaadinIcon.TRASH, "authoring.question.remove", click -> moves.remove(this));
        tools.add(up, down, remove);
        tools.addClassName("question-tools");
        Div head = new Div(heading, tools);
        head.addClassName("question-editor-head");
        Div facts = new Div(kind, points, required);
        facts.addClassName("question-facts");
        add(head, facts, prompt, ReadingCheck.following(prompt, texts), answer);
        if (question == null) {
            kind.setValue(QuestionKind.SINGLE_CHOICE);
            points.setValue(10);
            required.setValue(true);
            answer.start();
        } else {
            kind.setValue(question.kind());
            prompt.setValue(question.prompt());
            points.setValue(question.points());
            required.setValue(question.required());
            answer.fill(question);
        }
    }

    private Button tool(VaadinIcon icon, String labelKey, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void number(int position, int count) {
        heading.setText(getTranslation("authoring.question.heading", position, count));
    }

    QuestionDraft draft() {
        QuestionKind chosen = kind.getValue();
        Integer typedPoints = points.getValue();
        // a points field left empty or with text that is no number is sent as -1: the service names the field
        int score = typedPoints == null ? -1 : typedPoints;
        List<ChoiceDraft> choices = chosen.choices() ? answer.choices() : List.of();
        return new QuestionDraft(chosen, prompt.getValue(), score, required.getValue(), choices,
                chosen == QuestionKind.NUMBER ? answer.numberAnswer() : null,
                chosen == QuestionKind.NUMBER ? answer.tolerance() : null,
                chosen == QuestionKind.NUMBER ? answer.unit() : null,
                chosen == QuestionKind.SHORT_TEXT ? answer.accepted() : List.of(), answer.rules());
    }

    /** Names this question's fields as the service does: {@code questions[i].prompt}, i from 1. */
    void register(FieldErrors errors, int position) {
        String field = "questions[" + position + "]";
        errors.field(field + ".prompt", prompt);
        errors.field(field + ".points", points);
        answer.register(errors, field);
    }

    void setReadOnly(boolean readOnly) {
        kind.setReadOnly(readOnly);
        prompt.setReadOnly(readOnly);
        points.setReadOnly(readOnly);
        required.setReadOnly(readOnly);
        tools.setVisible(!readOnly);
        answer.setReadOnly(readOnly);
    }
}
