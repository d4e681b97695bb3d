package jp.manabiba.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a document top to bottom on A4 portrait pages, starting a new page when the next block does not fit, and
 * numbers the pages at the end ("3 / 12" needs the total). One flow is one document: {@link #finish} saves it.
 * Not thread-safe; make one per document.
 */
public final class PdfFlow implements AutoCloseable {

    public static final float MARGIN = 56f;
    private static final float LEADING = 1.45f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font = PdfFonts.japanese(document);
    private final PDRectangle pageSize = PDRectangle.A4;
    private PDPageContentStream stream;
    private float y;

    public PdfFlow() {
        stream = newPage();
    }

    public PDType0Font font() {
        return font;
    }

    public PDDocument document() {
        return document;
    }

    /** The width between the margins, in points. */
    public float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    /** Where the next block starts, in points from the bottom of the page. */
    public float y() {
        return y;
    }

    /** Starts a new page now (a cover, a new part). */
    public void pageBreak() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream = newPage();
    }

    /** Makes sure {@code height} points are left on this page, starting a new one when they are not. */
    public void need(float height) {
        if (y - height < MARGIN) {
            pageBreak();
        }
    }

    public void space(float height) {
        y -= height;
    }

    /** A paragraph wrapped to the width, at {@code size} points, indented by {@code indent}; it may run onto the next page. */
    public void paragraph(String text, float size, float indent) {
        for (String line : PdfText.wrap(font, size, text, width() - indent)) {
            need(size * LEADING);
            y -= size * LEADING;
            show(line, MARGIN + indent, y + size * (LEADING - 1) / 2, size);
        }
    }

    /** A heading kept on the same page as the {@code keepWith} points that follow it. */
    public void heading(String text, float size, float keepWith) {
        List<String> lines = PdfText.wrap(font, size, text, width());
        need(lines.size() * size * LEADING + keepWith);
        space(size * 0.4f);
        for (String line : lines) {
            y -= size * LEADING;
            show(line, MARGIN, y + size * (LEADING - 1) / 2, size);
        }
        space(size * 0.3f);
    }

    /** A line of text at (x, baseline) as it is; the caller measured it. */
    public void show(String text, float x, float baseline, float size) {
        PdfDrawing.text(stream, font, size, x, baseline, PdfText.printable(font, text));
    }

    /**
     * Lets {@code drawing} paint into a box {@code height} points tall across the width (a chart, a table), on this
     * page if it fits; the box's lower left corner and the content stream are handed over.
     */
    public void block(float height, BlockDrawing drawing) {
        need(height);
        y -= height;
        try {
            drawing.draw(stream, new PDRectangle(MARGIN, y, width(), height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paints what {@link #block} hands over. */
    @FunctionalInterface
    public interface BlockDrawing {
        void draw(PDPageContentStream stream, PDRectangle box) throws IOException;
    }

    /**
     * Numbers every page at its foot with {@code label.apply(page, total)} (from 1) and returns the saved PDF.
     * Pages before {@code firstNumbered} (a cover) carry no number.
     */
    public byte[] finish(BiFunction<Integer, Integer, String> label, int firstNumbered) {
        try {
            stream.close();
            int total = document.getNumberOfPages();
            for (int index = firstNumbered - 1; index < total; index++) {
                PDPage page = document.getPage(index);
                try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = label.apply(index + 1, total);
                    float size = 9f;
                    float x = (pageSize.getWidth() - PdfText.width(font, size, text)) / 2;
                    PdfDrawing.text(foot, font, size, x, MARGIN / 2, PdfText.printable(font, text));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream newPage() {
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        y = pageSize.getHeight() - MARGIN;
        try {
            return new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
