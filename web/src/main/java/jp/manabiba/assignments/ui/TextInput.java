package jp.manabiba.assignments.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.QuestionKind;
import jp.manabiba.assignments.WorkView;

/**
 * A number, a short or a long text. The browser sends the value only once typing has paused for
 * {@link #PAUSE_MILLIS} (Vaadin's lazy mode) or the field is left, so a save reaches the server at most that long
 * after the child stops typing and never once per keystroke. Numbers are a plain text field: what a Japanese IME
 * types (１２．５) arrives as typed and the service reads it. A long text counts its characters against the limit.
 */
final class TextInput implements AnswerInput {

    /** Below the two seconds, leaving time for the round trip. */
    static final int PAUSE_MILLIS = 1200;
    static final int SHORT_MAX = 200;
    static final int NUMBER_MAX = 40;
    static final int LONG_MAX = 4000;

    private final TextFieldBase<?, String> field;
    private final int max;

    TextInput(WorkView.Item item, Consumer<DraftAnswer> changed) {
        if (item.kind() == QuestionKind.LONG_TEXT) {
            TextArea area = new TextArea();
            area.setMinHeight("10em");
            max = LONG_MAX;
            field = area;
        } else {
            TextField line = new TextField();
            max = item.kind() == QuestionKind.NUMBER ? NUMBER_MAX : SHORT_MAX;
            if (item.unit() != null) {
                line.setSuffixComponent(new Span(item.unit()));
            }
            field = line;
        }
        field.addClassNames("answer-field", "answer-" + item.kind().name().toLowerCase().replace('_', '-'));
        field.setWidthFull();
        // the browser stops at the limit, so nothing typed is refused; the service checks it again
        field.getElement().setProperty("maxlength", max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        field.getElement().setAttribute("aria-label", field.getTranslation("work.answer"));
        show(item);
        field.addValueChangeListener(event -> {
            count();
            if (event.isFromClient()) {
                changed.accept(DraftAnswer.text(event.getValue()));
            }
        });
    }

    private void count() {
        if (max == LONG_MAX) {
            field.setHelperText(field.getTranslation("work.counter",
                    String.valueOf(field.getValue().length()), String.valueOf(max)));
        }
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public void show(WorkView.Item item) {
        field.setValue(item.text() == null ? "" : item.text());
        count();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
