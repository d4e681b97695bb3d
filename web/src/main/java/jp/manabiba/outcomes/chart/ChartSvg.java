package jp.manabiba.outcomes.chart;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.Shape.Anchor;
import org.springframework.stereotype.Component;

/**
 * A chart as an SVG element for a Vaadin {@code Html} or {@code Svg} component: 24 px type in a 960-wide view box that
 * scales to its container (readable from the back of a room on a projector), a {@code <title>} and {@code <desc>}
 * that screen readers announce instead of the picture, and every text XML-escaped. The figures as a table, for those
 * who cannot see the chart, are the calling screen's job.
 */
@Component
public class ChartSvg {

    static final float WIDTH = 960;
    static final float TYPE_SIZE = 24;
    private static final AtomicLong IDS = new AtomicLong();

    private final TranslationProvider translations;

    public ChartSvg(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The {@code <svg>} element as a string; ids inside are unique across calls so that several charts share a page. */
    public String render(Chart chart, Locale locale) {
        ChartLayout.Drawing drawing = ChartLayout.layout(chart, WIDTH, TYPE_SIZE, ChartSvg::estimate, translations, locale);
        String id = "chart-" + IDS.incrementAndGet();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outcome-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(n(drawing.width())).append(' ').append(n(drawing.height()))
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>");
        String description = chart.hasSuppressed()
                ? chart.description() + " " + translations.getTranslation("document.chart.suppressed-note", locale)
                : chart.description();
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        drawing.shapes().forEach(shape -> svg.append(element(shape)));
        return svg.append("</svg>").toString();
    }

    private static String element(Shape shape) {
        return switch (shape) {
            case Shape.Box box -> "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>"
                    .formatted(n(box.x()), n(box.y()), n(box.width()), n(box.height()), box.fill().hex());
            case Shape.Line line -> "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s points=\"%s\"/>"
                    .formatted(line.tone().hex(), n(line.width()), dash(line.dash()),
                            line.points().stream().map(p -> n(p.x()) + "," + n(p.y())).collect(Collectors.joining(" ")));
            case Shape.Text text -> "<text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"%s\"%s%s>%s</text>"
                    .formatted(n(text.x()), n(text.y()), n(text.size()), text.tone().hex(), anchor(text.anchor()),
                            text.strong() ? " font-weight=\"bold\"" : "", escape(text.text()));
            case Shape.Marker marker -> marker(marker);
        };
    }

    private static String marker(Shape.Marker m) {
        float r = m.radius();
        String fill = m.tone().hex();
        return switch (m.kind()) {
            case CIRCLE -> "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>".formatted(n(m.x()), n(m.y()), n(r), fill);
            case SQUARE -> "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>"
                    .formatted(n(m.x() - r), n(m.y() - r), n(2 * r), n(2 * r), fill);
            case TRIANGLE -> polygon(fill, m.x(), m.y() - r * 1.2f, m.x() + r * 1.1f, m.y() + r * 0.8f, m.x() - r * 1.1f, m.y() + r * 0.8f);
            case DIAMOND -> polygon(fill, m.x(), m.y() - r * 1.3f, m.x() + r * 1.3f, m.y(), m.x(), m.y() + r * 1.3f, m.x() - r * 1.3f, m.y());
        };
    }

    private static String polygon(String fill, float... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return "<polygon points=\"%s\" fill=\"%s\"/>".formatted(points, fill);
    }

    private static String dash(float[] dash) {
        if (dash.length == 0) {
            return "";
        }
        StringBuilder pattern = new StringBuilder(" stroke-dasharray=\"");
        for (int i = 0; i < dash.length; i++) {
            pattern.append(i == 0 ? "" : " ").append(n(dash[i]));
        }
        return pattern.append('"').toString();
    }

    private static String anchor(Anchor anchor) {
        return switch (anchor) {
            case START -> "";
            case MIDDLE -> " text-anchor=\"middle\"";
            case END -> " text-anchor=\"end\"";
        };
    }

    /** A number for an attribute: one decimal is finer than any screen needs. */
    private static String n(float value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The width the browser will give the text, estimated without its font: Japanese and full-width characters one em,
     * others about 0.6 em. Generous, so labels are cut before they overlap rather than after.
     */
    static float estimate(String text, float size) {
        return (float) text.codePoints().mapToDouble(c -> c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFF9F) ? 1.0 : 0.64).sum() * size;
    }

    /** Text for XML content and attributes: markup characters as entities, characters XML forbids left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
