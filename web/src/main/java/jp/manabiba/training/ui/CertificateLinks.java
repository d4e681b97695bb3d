package jp.manabiba.training.ui;

import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import jp.manabiba.training.CertificateDocuments;
import jp.manabiba.training.CertificateDocuments.PdfFile;

/**
 * Links that give the signed-in supporter their certificate of completion as a PDF, for a completed module or for
 * the whole track once trained. The certificate (and its verification code) is issued when the link is used, and
 * the same one again on a reprint.
 */
final class CertificateLinks {

    private final CertificateDocuments documents;
    private final Locale locale;

    CertificateLinks(CertificateDocuments documents, Locale locale) {
        this.documents = documents;
        this.locale = locale;
    }

    Anchor forModule(String code, String text) {
        return link(l -> documents.forModule(code, l), text);
    }

    Anchor forTrack(String text) {
        return link(documents::forTrack, text);
    }

    private Anchor link(Function<Locale, PdfFile> make, String text) {
        DownloadHandler handler = event -> {
            PdfFile file = make.apply(locale);
            event.setFileName(file.fileName());
            event.setContentType("application/pdf");
            event.getOutputStream().write(file.bytes());
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.addClassName("certificate-link");
        return anchor;
    }
}
