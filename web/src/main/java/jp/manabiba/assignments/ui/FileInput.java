package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.assignments.WorkView;

/** A photo or file answer: the service has no upload yet, so the child is told plainly that it cannot be used. */
final class FileInput implements AnswerInput {

    private final Paragraph notYet = new Paragraph();

    FileInput() {
        notYet.setText(notYet.getTranslation("work.file.not-yet"));
        notYet.addClassName("file-not-yet");
    }

    @Override
    public Component component() {
        return notYet;
    }

    @Override
    public void show(WorkView.Item item) {
        // nothing to show until uploads exist
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        // nothing to change
    }
}
