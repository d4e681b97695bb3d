package jp.manabiba.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.manabiba.training.ModuleRow;
import jp.manabiba.training.NextStep;

/** The first thing on "My training": what to do next, in one sentence, and the big link that starts it. */
final class NextStepCard extends Section {

    NextStepCard(NextStep step) {
        addClassNames("big-card", "training-next-step");
        add(new H3(getTranslation("training.next.title")));
        ModuleRow module = step.module();
        if (module == null) {
            add(new Paragraph(getTranslation("training.next.ALL_DONE")));
            return;
        }
        Paragraph what = new Paragraph(getTranslation("training.next." + step.kind().name(), module.title(),
                StatusTexts.date(module.validUntil())));
        what.addClassName("training-next-what");
        Paragraph how = new Paragraph(getTranslation("training.how." + module.kind().name()));
        how.addClassName("training-next-how");
        Anchor go = ModuleLinks.anchor(this, module, "big-link");
        go.addClassName("training-next-go");
        add(what, how, go);
    }
}
