package jp.manabiba.training;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.security.Roles;
import jp.manabiba.training.certificate.CertificateContent;
import jp.manabiba.training.certificate.CertificatePdf;
import jp.manabiba.training.certificate.CompletionKind;
import org.springframework.stereotype.Service;

/**
 * The signed-in supporter's certificate of completion as a PDF (修了証): issued (or found again) by
 * {@link CertificateIssuing}, drawn by {@link CertificatePdf} with the verification code a coordinator can look up.
 */
@Service
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER})
public class CertificateDocuments {

    private final CertificateIssuing issuing;
    private final CertificatePdf pdf;
    private final TranslationProvider translations;

    CertificateDocuments(CertificateIssuing issuing, CertificatePdf pdf, TranslationProvider translations) {
        this.issuing = issuing;
        this.pdf = pdf;
        this.translations = translations;
    }

    /** A file to download: its name and its bytes. */
    public record PdfFile(String fileName, byte[] bytes) {
    }

    public PdfFile forModule(String moduleCode, Locale locale) {
        return render(issuing.issueForModule(moduleCode), locale);
    }

    public PdfFile forTrack(Locale locale) {
        return render(issuing.issueForTrack(), locale);
    }

    private PdfFile render(CertificateDetails details, Locale locale) {
        String title = details.forTrack()
                ? translations.getTranslation("training.certificate.track-name", locale,
                        translations.getTranslation("supporter.category." + details.category().name(), locale))
                : String.valueOf(details.moduleTitle(locale));
        CertificateContent content = new CertificateContent(details.supporterName(),
                details.forTrack() ? CompletionKind.TRACK : CompletionKind.MODULE, title, details.hours(),
                details.completedOn(), details.organisationName(), details.code(),
                LocalDate.ofInstant(details.issuedAt(), ProgrammeZone.TOKYO));
        return new PdfFile("certificate-" + details.code() + ".pdf", pdf.render(content, locale));
    }
}
