package jp.manabiba.learning.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.learning.ActivityView;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * The field a child answers an activity in. Typing is saved {@link #DEBOUNCE_MS} after the child stops (Vaadin
 * sends the value then); a choice is saved when it is made. The answer goes out as the service stores it: text,
 * or the chosen indexes comma-separated.
 */
final class ActivityField {

    /** At most 2 s between the last key and the save (issue 11): 1.5 s leaves room for the round trip. */
    static final int DEBOUNCE_MS = 1500;

    private ActivityField() {
    }

    /** The field, or null for an activity answered elsewhere (the community action). */
    static @Nullable Component of(ActivityView activity, ChildTexts texts, ReaderGrade reader, Consumer<@Nullable String> save) {
        return switch (activity.kind()) {
            case "reflection", "look-around" -> {
                TextArea area = new TextArea();
                area.setMaxLength(activity.maxLength());
                area.setWidthFull();
                area.setMinHeight("8em");
                typed(area, activity, save);
                yield area;
            }
            case "short-text", "number" -> {
                TextField field = new TextField();
                field.setMaxLength(activity.maxLength());
                if (!activity.unit().isEmpty()) {
                    field.setSuffixComponent(new com.vaadin.flow.component.html.Span(activity.unit()));
                }
                typed(field, activity, save);
                yield field;
            }
            case "choice" -> activity.multiple() ? checkboxes(activity, texts, reader, save) : radios(activity, texts, reader, save);
            default -> null;
        };
    }

    private static void typed(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, ActivityView activity,
                              Consumer<@Nullable String> save) {
        field.addClassName("activity-" + activity.id());
        field.setValue(activity.answer() == null ? "" : activity.answer());
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(DEBOUNCE_MS);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save.accept(change.getValue());
            }
        });
    }

    private static Component radios(ActivityView activity, ChildTexts texts, ReaderGrade reader, Consumer<@Nullable String> save) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.addClassName("activity-" + activity.id());
        group.setItems(indexes(activity));
        group.setRenderer(labels(activity, texts, reader));
        chosen(activity).stream().findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save.accept(change.getValue() == null ? null : String.valueOf(change.getValue()));
            }
        });
        return group;
    }

    private static Component checkboxes(ActivityView activity, ChildTexts texts, ReaderGrade reader,
                                        Consumer<@Nullable String> save) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>();
        group.addClassName("activity-" + activity.id());
        group.setItems(indexes(activity));
        group.setRenderer(labels(activity, texts, reader));
        group.setValue(chosen(activity));
        group.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save.accept(new TreeSet<>(change.getValue()).stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
        });
        return group;
    }

    /** Each choice with furigana for the child's reader, like every other text of the lesson. */
    private static ComponentRenderer<ChildText, Integer> labels(ActivityView activity, ChildTexts texts, ReaderGrade reader) {
        return new ComponentRenderer<>(index -> ChildText.line(texts, activity.choices().get(index), reader));
    }

    private static List<Integer> indexes(ActivityView activity) {
        return IntStream.range(0, activity.choices().size()).boxed().toList();
    }

    private static Set<Integer> chosen(ActivityView activity) {
        String answer = activity.answer();
        if (answer == null || answer.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(answer.split(",")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
