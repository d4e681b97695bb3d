package jp.manabiba.surveys.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jp.manabiba.surveys.AskedQuestion;
import jp.manabiba.surveys.Answer;
import jp.manabiba.surveys.QuestionKind;
import org.jspecify.annotations.Nullable;

/**
 * One question on a respondent's screen: its text (and the やさしい日本語 under it for a guardian without a
 * translation), then five big faces with their labels for a Likert question, big radio buttons or check boxes for
 * a choice, a text area for free text. {@link Words} says how a text is shown: with furigana for a child.
 */
final class QuestionInput extends Section {

    /** How a text is shown on this screen. */
    interface Words {
        Component line(String text);
    }

    /** Faces from low to high; decoration only, the label says the step. */
    private static final List<String> FACES = List.of("😣", "🙁", "😐", "🙂", "😄");

    private final AskedQuestion question;
    private final @Nullable RadioButtonGroup<Integer> one;
    private final @Nullable CheckboxGroup<Integer> many;
    private final @Nullable TextArea text;

    QuestionInput(AskedQuestion question, Words words, @Nullable String requiredMark, Runnable changed) {
        this.question = question;
        addClassNames("big-card", "survey-question", "kind-" + question.kind().name().toLowerCase());
        H3 heading = new H3(words.line(question.text()));
        heading.setId("question-" + question.id());
        if (question.required() && requiredMark != null) {
            Span mark = new Span(requiredMark);
            mark.addClassName("required-mark");
            heading.add(mark);
        }
        add(heading);
        if (question.plain() != null) {
            Div plain = new Div(words.line(question.plain()));
            plain.addClassName("plain-japanese");
            add(plain);
        }
        List<Integer> items = IntStream.rangeClosed(1, question.options().size()).boxed().toList();
        one = question.kind() == QuestionKind.LIKERT || question.kind() == QuestionKind.SINGLE ? new RadioButtonGroup<>() : null;
        many = question.kind() == QuestionKind.MULTIPLE ? new CheckboxGroup<>() : null;
        text = question.kind() == QuestionKind.FREE_TEXT ? new TextArea() : null;
        if (one != null) {
            one.addClassName(question.kind() == QuestionKind.LIKERT ? "likert-steps" : "survey-choices");
            one.setItems(items);
            one.setRenderer(new ComponentRenderer<>(item -> label(item, words)));
            one.addValueChangeListener(change -> changed.run());
        }
        if (many != null) {
            many.addClassName("survey-choices");
            many.setItems(items);
            many.setRenderer(new ComponentRenderer<>(item -> label(item, words)));
            many.addValueChangeListener(change -> changed.run());
        }
        if (text != null) {
            text.setWidthFull();
            text.setMaxLength(2000);
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            text.addValueChangeListener(change -> changed.run());
        }
        Component input = one != null ? one : many != null ? many : text;
        input.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(input);
    }

    private Component label(int item, Words words) {
        Div label = new Div();
        label.addClassName("choice-label");
        if (question.kind() == QuestionKind.LIKERT) {
            Span face = new Span(FACES.get(item - 1));
            face.addClassName("likert-face");
            face.getElement().setAttribute("aria-hidden", "true");
            label.add(face);
        }
        label.add(words.line(question.options().get(item - 1)));
        if (item <= question.plainOptions().size()) {
            Div plain = new Div(words.line(question.plainOptions().get(item - 1)));
            plain.addClassName("plain-japanese");
            label.add(plain);
        }
        return label;
    }

    long questionId() {
        return question.id();
    }

    /** The field a refusal of this question is shown at. */
    HasValidation field() {
        return one != null ? one : many != null ? many : java.util.Objects.requireNonNull(text);
    }

    Answer answer() {
        if (one != null) {
            return one.getValue() == null ? new Answer(null, java.util.Set.of(), null) : Answer.choice(one.getValue());
        }
        if (many != null) {
            return Answer.choices(many.getValue());
        }
        return Answer.text(java.util.Objects.requireNonNull(text).getValue());
    }

    void show(Answer answer) {
        if (one != null && answer.choice() != null) {
            one.setValue(answer.choice());
        } else if (many != null) {
            many.setValue(answer.choices());
        } else if (text != null && answer.text() != null) {
            text.setValue(answer.text());
        }
    }
}
