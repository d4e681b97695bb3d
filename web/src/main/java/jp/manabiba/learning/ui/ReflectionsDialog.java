package jp.manabiba.learning.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.learning.ChildReflections;
import jp.manabiba.learning.ReflectionText;
import jp.manabiba.learning.UnitEntry;
import org.springframework.security.access.AccessDeniedException;
import jp.manabiba.curriculum.text.RubySyntax;

/** A child's written reflections on a unit, lesson by lesson (the read is audited by the service). */
class ReflectionsDialog extends Dialog {

    ReflectionsDialog(ChildReflections reflections, long learnerId, String name, UnitEntry unit) {
        setHeaderTitle(getTranslation("growth.reflections-title", name, unit.title()));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm").withZone(ProgrammeZone.TOKYO);
        Div body = new Div();
        body.addClassName("reflection-list");
        try {
            var texts = reflections.of(learnerId, unit.unitId(), getLocale());
            for (ReflectionText text : texts) {
                Span saved = new Span(when.format(text.savedAt()));
                saved.addClassName("reflection-saved");
                Paragraph words = new Paragraph(text.text());
                words.addClassName("reflection-text");
                body.add(new H3(text.lessonTitle()), new Paragraph(RubySyntax.plain(text.prompt())), words, saved);
            }
            if (texts.isEmpty()) {
                body.add(new Paragraph(getTranslation("growth.no-reflections")));
            }
        } catch (AccessDeniedException refused) {
            body.add(new Paragraph(getTranslation("growth.reflections-refused")));
        }
        add(body);
        getFooter().add(new Button(getTranslation("form.close"), click -> close()));
        setWidth("min(44rem, 100vw)");
        addAttachListener(opened -> ComponentTexts.applyTo(this));
    }
}
