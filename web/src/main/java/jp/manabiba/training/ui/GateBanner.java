package jp.manabiba.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import jp.manabiba.training.TrainingOverview;

/**
 * Whether the supporter may work with children today, said plainly: ready, or not yet and exactly which modules
 * (needed before children, not done or expired) are missing, each with its link.
 */
final class GateBanner extends Div {

    GateBanner(TrainingOverview overview) {
        addClassNames("training-gate", overview.ready() ? "training-gate-ready" : "training-gate-blocked");
        getElement().setAttribute("role", overview.ready() ? "status" : "alert");
        if (overview.ready()) {
            add(new Paragraph(getTranslation("training.gate.ready")));
            return;
        }
        add(new Paragraph(getTranslation("training.gate.blocked")));
        UnorderedList missing = new UnorderedList();
        missing.addClassName("training-gate-missing");
        overview.missingBeforeChildren().forEach(module -> {
            Span title = new Span(module.title());
            title.addClassName("training-gate-module");
            missing.add(new ListItem(title, new Span(StatusTexts.of(this, module)),
                    ModuleLinks.anchor(this, module, "training-gate-link")));
        });
        add(missing);
    }
}
