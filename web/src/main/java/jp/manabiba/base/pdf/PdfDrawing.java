package jp.manabiba.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The few drawing steps documents repeat, with PDFBox's checked IOException turned unchecked. */
public final class PdfDrawing {

    private PdfDrawing() {
    }

    /** Printable text (see {@link PdfText#printable}) with its baseline starting at (x, y). */
    public static void text(PDPageContentStream stream, PDFont font, float size, float x, float y, String text) {
        try {
            stream.setNonStrokingColor(Color.BLACK);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printable text centred on {@code centreX}. */
    public static void centred(PDPageContentStream stream, PDFont font, float size, float centreX, float y, String text) {
        text(stream, font, size, centreX - PdfText.width(font, size, text) / 2, y, text);
    }

    public static void line(PDPageContentStream stream, Color colour, float width, float x1, float y1, float x2, float y2) {
        try {
            stream.setStrokingColor(colour);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void rectangle(PDPageContentStream stream, Color colour, float width, float x, float y, float w, float h) {
        try {
            stream.setStrokingColor(colour);
            stream.setLineWidth(width);
            stream.addRect(x, y, w, h);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
