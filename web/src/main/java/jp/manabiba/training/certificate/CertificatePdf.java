package jp.manabiba.training.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jp.manabiba.base.pdf.PdfDrawing;
import jp.manabiba.base.pdf.PdfFonts;
import jp.manabiba.base.pdf.PdfText;
import jp.manabiba.i18n.TranslationProvider;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

/**
 * A certificate of completion (修了証) as a one-page A4 landscape PDF: title, the supporter's name, what was completed
 * with its hours and date, the issuing organisation and date, and the verification code with where to check it.
 * Texts come from the bundles ({@code document.certificate.*}); Japanese unless the caller asks for English.
 */
@Component
public class CertificatePdf {

    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color FRAME = new Color(0x1F, 0x3A, 0x5F);
    private static final Color QUIET = new Color(0x55, 0x55, 0x55);

    private final TranslationProvider translations;

    public CertificatePdf(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The PDF's bytes; the font is embedded as a subset of the characters used. */
    public byte[] render(CertificateContent content, Locale locale) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfFonts.japanese(document);
            PDPage page = new PDPage(A4_LANDSCAPE);
            document.addPage(page);
            describe(document, content, locale);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                new Layout(stream, font, content, locale).draw();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocument document, CertificateContent content, Locale locale) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text("document.certificate.title", locale) + " " + content.supporterName());
        info.setSubject(content.completedTitle());
        info.setCreator("Manabiba");
    }

    private String text(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    /** One page's drawing, top to bottom; the page is 842 × 595 points. */
    private final class Layout {

        private final PDPageContentStream stream;
        private final PDFont font;
        private final CertificateContent content;
        private final Locale locale;
        private final float width = A4_LANDSCAPE.getWidth();
        private final float height = A4_LANDSCAPE.getHeight();
        private final float centre = width / 2;

        Layout(PDPageContentStream stream, PDFont font, CertificateContent content, Locale locale) {
            this.stream = stream;
            this.font = font;
            this.content = content;
            this.locale = locale;
        }

        void draw() throws IOException {
            frame();
            heading(text("document.certificate.title", locale), 46, height - 118);
            name();
            statement();
            details();
            issuer();
            verification();
        }

        private void frame() {
            PdfDrawing.rectangle(stream, FRAME, 3f, 28, 28, width - 56, height - 56);
            PdfDrawing.rectangle(stream, FRAME, 0.8f, 36, 36, width - 72, height - 72);
        }

        /** The title in a heavier stroke: the bundled font has one weight, and a second file would double the jar. */
        private void heading(String title, float size, float baseline) throws IOException {
            String printable = PdfText.printable(font, title);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(Color.BLACK);
            stream.setLineWidth(size / 40);
            PdfDrawing.centred(stream, font, size, centre, baseline, printable);
            stream.setRenderingMode(RenderingMode.FILL);
        }

        private void name() {
            String name = PdfText.fit(font, 28, text("document.certificate.awarded-to", locale, content.supporterName()), width - 200);
            PdfDrawing.centred(stream, font, 28, centre, height - 190, name);
            float lineWidth = Math.max(PdfText.width(font, 28, name) + 60, 320);
            PdfDrawing.line(stream, FRAME, 0.8f, centre - lineWidth / 2, height - 200, centre + lineWidth / 2, height - 200);
        }

        private void statement() {
            float y = height - 240;
            for (String line : PdfText.wrap(font, 14, text("document.certificate.statement", locale), width - 240)) {
                PdfDrawing.centred(stream, font, 14, centre, y, line);
                y -= 22;
            }
        }

        private void details() {
            String subjectLabel = text("document.certificate.completed." + content.kind().name(), locale);
            List<String[]> rows = List.of(
                    new String[] {subjectLabel, content.completedTitle()},
                    new String[] {text("document.certificate.hours", locale), text("document.certificate.hours-value", locale, hours())},
                    new String[] {text("document.certificate.completed-on", locale), date(content.completedOn())});
            float labelRight = centre - 110;
            float y = height - 310;
            for (String[] row : rows) {
                String label = PdfText.printable(font, row[0]);
                PdfDrawing.text(stream, font, 13, labelRight - PdfText.width(font, 13, label), y, label);
                List<String> value = PdfText.wrap(font, 16, row[1], width - labelRight - 120);
                for (String line : value) {
                    PdfDrawing.text(stream, font, 16, labelRight + 24, y, line);
                    y -= 24;
                }
                y -= 8;
            }
        }

        private void issuer() {
            float x = 80;
            PdfDrawing.text(stream, font, 12, x, 128, PdfText.printable(font,
                    text("document.certificate.issued-on", locale) + "　" + date(content.issuedOn())));
            PdfDrawing.text(stream, font, 18, x, 98, PdfText.fit(font, 18, content.organisationName(), centre - x - 20));
        }

        /** The code in a box at the lower right, large enough to read out over the phone. */
        private void verification() {
            float boxWidth = 310;
            float x = width - 80 - boxWidth;
            PdfDrawing.rectangle(stream, QUIET, 0.8f, x, 62, boxWidth, 108);
            PdfDrawing.text(stream, font, 10, x + 12, 154, PdfText.printable(font, text("document.certificate.code", locale)));
            PdfDrawing.text(stream, font, 20, x + 12, 128, PdfText.printable(font, content.verificationCode()));
            float y = 110;
            List<String> lines = PdfText.wrap(font, 9, text("document.certificate.verify", locale, content.organisationName()), boxWidth - 24);
            // A very long organisation name would push the note out of the box: four lines at most.
            for (String line : lines.subList(0, Math.min(4, lines.size()))) {
                PdfDrawing.text(stream, font, 9, x + 12, y, line);
                y -= 12;
            }
        }

        private String hours() {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(content.hours());
        }

        private String date(java.time.LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
    }
}
