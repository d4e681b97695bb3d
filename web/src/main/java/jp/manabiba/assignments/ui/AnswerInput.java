package jp.manabiba.assignments.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.text.ChildTexts;

/**
 * One question's control. It reports only what the child changed (never a value the screen put back from the
 * server), so that showing another tab's draft does not save it again.
 */
interface AnswerInput {

    static AnswerInput of(WorkView.Item item, ChildTexts texts, ReaderGrade reader, Consumer<DraftAnswer> changed,
                          FileInput.Attach attach) {
        return switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new ChoiceInput(item, texts, reader, changed);
            case NUMBER, SHORT_TEXT, LONG_TEXT -> new TextInput(item, changed);
            case FILE -> new FileInput(item, attach);
        };
    }

    Component component();

    /** Shows the stored draft (after a reload), without reporting it as a change. */
    void show(WorkView.Item item);

    void setReadOnly(boolean readOnly);
}
