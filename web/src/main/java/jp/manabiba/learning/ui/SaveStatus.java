package jp.manabiba.learning.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Span;
import jp.manabiba.i18n.ProgrammeZone;

/** Under each activity: 「ほぞんしました 16:05」 once an answer is kept, or the refusal in the child's words. */
final class SaveStatus extends Span {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ProgrammeZone.TOKYO);

    SaveStatus() {
        addClassName("save-status");
        getElement().setAttribute("aria-live", "polite");
    }

    void saved(Instant at) {
        removeClassName("save-error");
        setText(getTranslation("learning.reader.saved", TIME.format(at)));
    }

    /** Nothing kept yet, and why (e.g. steps still to choose). */
    void pending(String message) {
        removeClassName("save-error");
        setText(message);
    }

    void refused(String message) {
        addClassName("save-error");
        setText(message);
    }
}
