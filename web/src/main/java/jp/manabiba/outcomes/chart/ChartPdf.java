package jp.manabiba.outcomes.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jp.manabiba.base.pdf.PdfText;
import jp.manabiba.i18n.TranslationProvider;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

/**
 * A chart drawn with PDFBox into a box of a page, from the same layout as the screen's SVG, at print sizes (9 pt
 * type). Text is real text in the document's Japanese font, so the report stays searchable and its tests read it.
 */
@Component
public class ChartPdf {

    public static final float TYPE_SIZE = 9f;

    private final TranslationProvider translations;

    public ChartPdf(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The height in points the chart needs at {@code width}, to reserve its box before drawing. */
    public float height(Chart chart, PDFont font, float width, Locale locale) {
        return layout(chart, font, width, locale).height();
    }

    /**
     * Draws the chart at the top of {@code box}, as wide as the box; a chart taller than the box is scaled down
     * to fit it.
     */
    public void draw(PDPageContentStream stream, PDFont font, Chart chart, PDRectangle box, Locale locale) {
        ChartLayout.Drawing drawing = layout(chart, font, box.getWidth(), locale);
        float scale = Math.min(1f, box.getHeight() / drawing.height());
        try {
            stream.saveGraphicsState();
            // Origin at the box's top left, y downwards as the layout has it; text is flipped back upright per string.
            stream.transform(new Matrix(scale, 0, 0, -scale, box.getLowerLeftX(), box.getUpperRightY()));
            for (Shape shape : drawing.shapes()) {
                draw(stream, font, shape);
            }
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChartLayout.Drawing layout(Chart chart, PDFont font, float width, Locale locale) {
        ChartLayout.Measure measure = (text, size) -> PdfText.width(font, size, PdfText.printable(font, text));
        return ChartLayout.layout(chart, width, TYPE_SIZE, measure, translations, locale);
    }

    private static void draw(PDPageContentStream stream, PDFont font, Shape shape) throws IOException {
        switch (shape) {
            case Shape.Box box -> {
                stream.setNonStrokingColor(colour(box.fill()));
                stream.addRect(box.x(), box.y(), box.width(), box.height());
                stream.fill();
            }
            case Shape.Line line -> {
                stream.setStrokingColor(colour(line.tone()));
                stream.setLineWidth(line.width());
                stream.setLineDashPattern(line.dash(), 0);
                stream.moveTo(line.points().getFirst().x(), line.points().getFirst().y());
                line.points().stream().skip(1).forEach(point -> lineTo(stream, point));
                stream.stroke();
                stream.setLineDashPattern(new float[0], 0);
            }
            case Shape.Text text -> text(stream, font, text);
            case Shape.Marker marker -> marker(stream, marker);
        }
    }

    private static void lineTo(PDPageContentStream stream, Shape.Point point) {
        try {
            stream.lineTo(point.x(), point.y());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream stream, PDFont font, Shape.Text text) throws IOException {
        String printable = PdfText.printable(font, text.text());
        float width = PdfText.width(font, text.size(), printable);
        float x = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        stream.setNonStrokingColor(colour(text.tone()));
        stream.beginText();
        stream.setFont(font, text.size());
        // The page is flipped for the layout; this matrix turns the glyphs upright again at the baseline.
        stream.setTextMatrix(new Matrix(1, 0, 0, -1, x, text.y()));
        if (text.strong()) {
            // The font has one weight: figures and titles get a thin outline stroke on top of the fill instead.
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(colour(text.tone()));
            stream.setLineWidth(text.size() / 40);
        }
        stream.showText(printable);
        stream.endText();
        stream.setRenderingMode(RenderingMode.FILL);
    }

    private static void marker(PDPageContentStream stream, Shape.Marker m) throws IOException {
        float r = m.radius();
        stream.setNonStrokingColor(colour(m.tone()));
        switch (m.kind()) {
            case CIRCLE -> {
                float k = 0.552f * r;
                stream.moveTo(m.x() + r, m.y());
                stream.curveTo(m.x() + r, m.y() + k, m.x() + k, m.y() + r, m.x(), m.y() + r);
                stream.curveTo(m.x() - k, m.y() + r, m.x() - r, m.y() + k, m.x() - r, m.y());
                stream.curveTo(m.x() - r, m.y() - k, m.x() - k, m.y() - r, m.x(), m.y() - r);
                stream.curveTo(m.x() + k, m.y() - r, m.x() + r, m.y() - k, m.x() + r, m.y());
            }
            case SQUARE -> stream.addRect(m.x() - r, m.y() - r, 2 * r, 2 * r);
            case TRIANGLE -> polygon(stream, m.x(), m.y() - r * 1.2f, m.x() + r * 1.1f, m.y() + r * 0.8f, m.x() - r * 1.1f, m.y() + r * 0.8f);
            case DIAMOND -> polygon(stream, m.x(), m.y() - r * 1.3f, m.x() + r * 1.3f, m.y(), m.x(), m.y() + r * 1.3f, m.x() - r * 1.3f, m.y());
        }
        stream.fill();
    }

    private static void polygon(PDPageContentStream stream, float... xy) throws IOException {
        stream.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            stream.lineTo(xy[i], xy[i + 1]);
        }
        stream.closePath();
    }

    private static Color colour(Tone tone) {
        return new Color(tone.red, tone.green, tone.blue);
    }
}
