package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's comment with a small preview of what the child will read: the author's own ruby
 * ({@code {漢字|かんじ}}) rendered as ruby, the rest as written (the child's screen adds furigana for their grade).
 */
final class CommentField extends Div {

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final ChildTexts texts;

    CommentField(String label, @Nullable String value, int max, ChildTexts texts) {
        this.texts = texts;
        addClassName("review-comment");
        text.setLabel(label);
        text.setHelperText(getTranslation("review.comment.help"));
        text.setMaxLength(max);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setManualValidation(true); // the service's refusal is the message shown
        text.setWidthFull();
        text.addValueChangeListener(change -> render());
        preview.addClassName("review-preview");
        preview.getElement().setAttribute("aria-label", getTranslation("review.comment.preview"));
        add(text, preview);
        text.setValue(value == null ? "" : value);
        render();
    }

    TextArea field() {
        return text;
    }

    /** The comment, null when blank (the service stores no empty comment). */
    @Nullable String value() {
        return text.getValue().isBlank() ? null : text.getValue();
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    private void render() {
        preview.removeAll();
        if (!text.getValue().isBlank()) {
            preview.add(ChildText.markdown(texts, text.getValue(), ReaderGrade.ADULT));
        }
        preview.setVisible(!text.getValue().isBlank());
    }
}
