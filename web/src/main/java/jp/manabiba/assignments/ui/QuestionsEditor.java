package jp.manabiba.assignments.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.assignments.AssignmentDetail.QuestionDetail;
import jp.manabiba.assignments.QuestionDraft;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.text.ChildTexts;

/**
 * The questions of an assignment in their order: add, remove, move up and down. Refusals about the list as a whole
 * ({@code questions}: none yet, frozen) show at its end; each question names its own fields by its position now.
 */
final class QuestionsEditor extends FieldGroup implements QuestionEditor.Moves {

    private final ChildTexts texts;
    private final List<QuestionEditor> questions = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    private boolean readOnly;

    QuestionsEditor(ChildTexts texts) {
        super("questions-editor");
        this.texts = texts;
        list.addClassName("question-list");
        add = new Button(getTranslation("authoring.question.add"), VaadinIcon.PLUS.create(), click -> {
            QuestionEditor added = new QuestionEditor(null, texts, this);
            questions.add(added);
            redraw();
        });
        add.addClassName("add-question");
        add(list, add);
    }

    void fill(List<QuestionDetail> details) {
        questions.clear();
        details.forEach(detail -> questions.add(new QuestionEditor(detail, texts, this)));
        redraw();
    }

    @Override
    public void move(QuestionEditor question, int by) {
        int from = questions.indexOf(question);
        int to = from + by;
        if (from < 0 || to < 0 || to >= questions.size()) {
            return;
        }
        questions.remove(from);
        questions.add(to, question);
        redraw();
    }

    @Override
    public void remove(QuestionEditor question) {
        questions.remove(question);
        redraw();
    }

    private void redraw() {
        list.removeAll();
        for (int i = 0; i < questions.size(); i++) {
            QuestionEditor question = questions.get(i);
            question.number(i + 1, questions.size());
            question.setReadOnly(readOnly);
            list.add(question);
        }
        keepMessageLast();
        ComponentTexts.applyTo(list); // questions are added and redrawn after navigation, outside its hooks
    }

    List<QuestionDraft> drafts() {
        return questions.stream().map(QuestionEditor::draft).toList();
    }

    void register(FieldErrors errors) {
        errors.field("questions", this);
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).register(errors, i + 1);
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        questions.forEach(q -> q.setReadOnly(readOnly));
    }

    int count() {
        return questions.size();
    }
}
