package jp.manabiba.assignments.ui;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.QuestionKind;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * Single choice as big radio cards, multiple choice as big check boxes, one per line, labels with furigana. A tap
 * is saved at once: it is one change, not a stream of keystrokes.
 */
final class ChoiceInput implements AnswerInput {

    private final WorkView.Item item;
    private final AbstractField<?, ?> field;
    private final @Nullable RadioButtonGroup<WorkView.Option> single;
    private final @Nullable CheckboxGroup<WorkView.Option> multiple;

    ChoiceInput(WorkView.Item item, ChildTexts texts, ReaderGrade reader, Consumer<DraftAnswer> changed) {
        this.item = item;
        ComponentRenderer<Component, WorkView.Option> label =
                new ComponentRenderer<>(option -> ChildText.line(texts, option.label(), reader));
        if (item.kind() == QuestionKind.SINGLE_CHOICE) {
            single = new RadioButtonGroup<>();
            single.setItems(item.choices());
            single.setRenderer(label);
            single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            single.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    changed.accept(DraftAnswer.choices(event.getValue().id()));
                }
            });
            multiple = null;
            field = single;
        } else {
            multiple = new CheckboxGroup<>();
            multiple.setItems(item.choices());
            multiple.setRenderer(label);
            multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            multiple.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    changed.accept(new DraftAnswer(null, event.getValue().stream().map(WorkView.Option::id)
                            .collect(Collectors.toSet())));
                }
            });
            single = null;
            field = multiple;
        }
        field.addClassNames("big-choices", "answer-choices");
        show(item);
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public void show(WorkView.Item shown) {
        Set<Long> chosen = shown.choiceIds();
        if (single != null) {
            single.setValue(item.choices().stream().filter(o -> chosen.contains(o.id())).findFirst().orElse(null));
        } else if (multiple != null) {
            multiple.setValue(item.choices().stream().filter(o -> chosen.contains(o.id())).collect(Collectors.toSet()));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
