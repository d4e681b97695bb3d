package jp.manabiba.assignments.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The answering screen's one line of news (saved elsewhere, handed in, wait a moment), read out by screen readers. */
final class WorkNotice extends Paragraph {

    WorkNotice() {
        addClassName("work-notice");
        getElement().setAttribute("role", "status");
        hide();
    }

    void say(String key, Object... arguments) {
        setText(getTranslation(key, arguments));
        setVisible(true);
    }

    void hide() {
        setText("");
        setVisible(false);
    }
}
