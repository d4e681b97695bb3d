package jp.manabiba.training.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.training.QuizItem;
import org.jspecify.annotations.Nullable;

/**
 * The field a quiz question is answered in, and its answer in the form the server marks: the chosen indexes,
 * comma-separated, or the text typed. Choices are read by adults: an author's own ruby is kept, none is added.
 */
record QuizField(Component component, HasValidation validation, Supplier<String> answer) {

    static QuizField of(QuizItem item, ChildTexts texts, @Nullable String previous) {
        return switch (item.kind()) {
            case "choice" -> item.multiple() ? checkboxes(item, texts, previous) : radios(item, texts, previous);
            default -> typed(item, previous);
        };
    }

    private static QuizField typed(QuizItem item, @Nullable String previous) {
        TextField field = new TextField();
        field.setMaxLength(item.maxLength());
        field.setWidth("min(100%, 24rem)");
        if (!item.unit().isEmpty()) {
            field.setSuffixComponent(new Span(item.unit()));
        }
        field.setValue(previous == null ? "" : previous);
        field.addClassName("quiz-field-" + item.id());
        return new QuizField(field, field, field::getValue);
    }

    private static QuizField radios(QuizItem item, ChildTexts texts, @Nullable String previous) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setItems(indexes(item));
        group.setRenderer(labels(item, texts));
        chosen(item, previous).stream().findFirst().ifPresent(group::setValue);
        group.addClassNames("quiz-choices", "quiz-field-" + item.id());
        return new QuizField(group, group, () -> group.getValue() == null ? "" : String.valueOf(group.getValue()));
    }

    private static QuizField checkboxes(QuizItem item, ChildTexts texts, @Nullable String previous) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>();
        group.setItems(indexes(item));
        group.setRenderer(labels(item, texts));
        group.setValue(chosen(item, previous));
        group.addClassNames("quiz-choices", "quiz-field-" + item.id());
        return new QuizField(group, group, () -> new TreeSet<>(group.getValue()).stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
    }

    private static ComponentRenderer<ChildText, Integer> labels(QuizItem item, ChildTexts texts) {
        return new ComponentRenderer<>(index -> ChildText.line(texts, item.choices().get(index), ReaderGrade.ADULT));
    }

    private static List<Integer> indexes(QuizItem item) {
        return IntStream.range(0, item.choices().size()).boxed().toList();
    }

    /** The choices of a kept answer; none when it is not one this screen could have sent. */
    private static Set<Integer> chosen(QuizItem item, @Nullable String previous) {
        if (previous == null || !previous.matches("\\d{1,3}(,\\d{1,3})*")) {
            return Set.of();
        }
        return Arrays.stream(previous.split(",")).map(Integer::valueOf).filter(index -> index < item.choices().size())
                .collect(Collectors.toSet());
    }
}
