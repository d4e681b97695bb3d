package jp.manabiba.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese font of every PDF the application makes. The file in the jar is already cut down to JIS X 0208 and
 * Windows-31J (names with 髙 or 﨑 included) so that it stays near 2.6 MB; PDFBox then embeds only the glyphs a
 * document uses, so a one-page certificate stays a few kilobytes. A TrueType-outline font is needed: PDFBox cannot
 * embed the CFF outlines of the Noto CJK collections that Debian installs (docs/outcomes.md, "Documents").
 */
public final class PdfFonts {

    static final String RESOURCE = "fonts/noto-sans-jp/NotoSansJP-Regular-subset.ttf";

    /** The font file, read once: about 2.6 MB kept for the life of the application rather than read per document. */
    private static final class Bytes {
        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The Japanese font " + RESOURCE + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PdfFonts() {
    }

    /** Noto Sans JP for {@code document}, to be embedded as a subset when the document is saved. */
    public static PDType0Font japanese(PDDocument document) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(Bytes.FONT), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
