package jp.manabiba.surveys.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.surveys.QuestionDraft;
import jp.manabiba.surveys.QuestionKind;
import org.jspecify.annotations.Nullable;

/**
 * One question in the builder: its kind, whether it must be answered, and per language its text and its options
 * (one per line; a Likert question's five labels, low to high). Japanese and やさしい日本語 are always there,
 * English and the households' other home languages where someone translates them.
 */
final class QuestionEditor extends Section {

    private static final List<HomeLanguage> MAIN_LANGUAGES = List.of(HomeLanguage.JA, HomeLanguage.JA_EASY, HomeLanguage.EN);

    private final H3 heading = new H3();
    private final Select<QuestionKind> kind = new Select<>();
    private final Checkbox required = new Checkbox();
    private final Map<HomeLanguage, TextField> texts = new EnumMap<>(HomeLanguage.class);
    private final Map<HomeLanguage, TextArea> options = new EnumMap<>(HomeLanguage.class);

    QuestionEditor(@Nullable QuestionDraft initial, Consumer<QuestionEditor> remove) {
        addClassNames("big-card", "question-editor");
        kind.setLabel(getTranslation("surveys.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("surveys.kind." + k.name()));
        kind.setValue(initial == null ? QuestionKind.LIKERT : initial.kind());
        required.setLabel(getTranslation("surveys.question.required"));
        required.setValue(initial == null || initial.required());
        Button delete = new Button(getTranslation("surveys.question.remove"), click -> remove.accept(this));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(kind, required, delete);
        head.addClassName("question-head");
        add(heading, head);
        Details others = new Details(getTranslation("surveys.question.other-languages"));
        others.addClassName("other-languages");
        for (HomeLanguage language : HomeLanguage.values()) {
            TextField text = new TextField(getTranslation("surveys.question.text", getTranslation("home-language." + language.name())));
            text.setWidthFull();
            TextArea labels = new TextArea(getTranslation("surveys.question.options", getTranslation("home-language." + language.name())));
            labels.setWidthFull();
            labels.setHelperText(getTranslation("surveys.question.options-help"));
            if (initial != null) {
                text.setValue(initial.texts().getOrDefault(language, ""));
                labels.setValue(String.join("\n", initial.options().getOrDefault(language, List.of())));
            }
            texts.put(language, text);
            options.put(language, labels);
            Div pair = new Div(text, labels);
            pair.addClassNames("question-language", "language-" + language.name());
            if (MAIN_LANGUAGES.contains(language)) {
                add(pair);
            } else {
                others.add(pair);
                others.setOpened(others.isOpened() || !text.isEmpty());
            }
        }
        add(others);
        kind.addValueChangeListener(change -> options.values().forEach(o -> o.setVisible(change.getValue().hasOptions())));
        options.values().forEach(o -> o.setVisible(kind.getValue().hasOptions()));
    }

    /** Numbers the question (from 1) and tells the form's refusals where its fields are. */
    void number(int n, FieldErrors errors) {
        heading.setText(getTranslation("surveys.question.heading", n));
        texts.forEach((language, field) -> errors.field("question." + n + ".text." + language.name(), field));
        options.forEach((language, field) -> errors.field("question." + n + ".options." + language.name(), field));
    }

    QuestionDraft draft() {
        Map<HomeLanguage, String> textValues = new EnumMap<>(HomeLanguage.class);
        Map<HomeLanguage, List<String>> optionValues = new EnumMap<>(HomeLanguage.class);
        texts.forEach((language, field) -> textValues.put(language, field.getValue()));
        if (kind.getValue().hasOptions()) {
            options.forEach((language, field) -> optionValues.put(language,
                    Arrays.stream(field.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        return new QuestionDraft(kind.getValue(), required.getValue(), textValues, optionValues);
    }
}
