package jp.manabiba.training.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.training.ModuleRow;
import jp.manabiba.training.Requirement;

/** The modules of one requirement (before children, to be trained, optional), in track order, with their status. */
final class ModuleGroup extends Section {

    private final CertificateLinks certificates;

    ModuleGroup(Requirement requirement, List<ModuleRow> modules, CertificateLinks certificates) {
        this.certificates = certificates;
        addClassNames("training-group", "training-group-" + requirement.name().toLowerCase());
        add(new H3(getTranslation("training.group." + requirement.name())));
        modules.forEach(module -> add(row(module)));
    }

    private Div row(ModuleRow module) {
        Span title = new Span(module.title());
        title.addClassName("training-module-title");
        Span kind = new Span(getTranslation("training.kind." + module.kind().name()));
        kind.addClassName("training-module-kind");
        Span status = new Span(StatusTexts.of(this, module));
        status.addClassNames("training-status", "training-status-" + module.status().name().toLowerCase().replace('_', '-'));
        Div text = new Div(title, kind, status);
        text.addClassName("training-module-text");
        Div row = new Div(text, ModuleLinks.anchor(this, module, "training-module-action"));
        if (module.doneOn() != null) {
            text.add(certificates.forModule(module.code(), getTranslation("training.certificate.download")));
        }
        row.addClassNames("training-module", "training-module-" + module.code());
        return row;
    }
}
