package jp.manabiba.training.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.training.CertificateDetails;
import jp.manabiba.training.CertificateLookup;

/**
 * A coordinator types the verification code printed on a certificate of completion and sees whose it is and what
 * it certifies, or "not found" (for a code that does not exist and for another organisation's supporter alike).
 */
@Route("training/verify")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CertificateVerifyView extends Main implements HasDynamicTitle {

    private final TextField code = new TextField();
    private final Div result = new Div();
    private final FieldErrors errors = new FieldErrors();

    public CertificateVerifyView(CertificateLookup lookup) {
        addClassNames("training-view", "certificate-verify-view");
        code.setLabel(getTranslation("training.verify.code"));
        code.setHelperText(getTranslation("training.verify.help"));
        errors.field("code", code);
        Button check = new Button(getTranslation("training.verify.check"), click -> check(lookup));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(code, check);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        result.addClassName("certificate-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(row, result);
    }

    private void check(CertificateLookup lookup) {
        errors.clear();
        result.removeAll();
        try {
            Optional<CertificateDetails> found = lookup.verify(code.getValue());
            result.add(found.map(this::details).orElseGet(() -> new Div(new Paragraph(getTranslation("training.verify.not-found")))));
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    private Div details(CertificateDetails certificate) {
        String what = certificate.forTrack()
                ? getTranslation("training.certificate.track", getTranslation("supporter.category." + certificate.category().name()))
                : certificate.moduleTitle(getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Div details = new Div(
                line("training.verify.found", certificate.code()),
                line("training.verify.name", certificate.supporterName()),
                line("training.verify.what", what),
                line("training.verify.completed-on", dates.format(certificate.completedOn())),
                line("training.verify.organisation", certificate.organisationName()));
        details.addClassName("certificate-found");
        return details;
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("certificate-label");
        return new Paragraph(label, new Span(" " + value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.verify.title");
    }
}
