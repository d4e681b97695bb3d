package jp.manabiba.outcomes.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.Shape.Anchor;
import jp.manabiba.outcomes.chart.Shape.Box;
import jp.manabiba.outcomes.chart.Shape.Line;
import jp.manabiba.outcomes.chart.Shape.Marker;
import jp.manabiba.outcomes.chart.Shape.MarkerKind;
import jp.manabiba.outcomes.chart.Shape.Point;
import jp.manabiba.outcomes.chart.Shape.Text;

/**
 * Where everything of a chart goes, once for both renderers: a width and a base type size in, shapes and the height
 * they need out. Every length is a multiple of the type size, so the screen's 24 px and the PDF's 9 pt give the same
 * picture. Bars run horizontally because the labels are long Japanese names.
 */
final class ChartLayout {

    static final int MAX_SERIES = 4;
    private static final float[] SOLID = {};
    private static final Tone[] SERIES_TONES = {Tone.SERIES_1, Tone.SERIES_2, Tone.SERIES_3, Tone.SERIES_4};
    private static final MarkerKind[] SERIES_MARKERS = MarkerKind.values();

    /** The width of a text at a size, as the renderer's font sets it. */
    @FunctionalInterface
    interface Measure {
        float width(String text, float size);
    }

    record Drawing(float width, float height, List<Shape> shapes) {
    }

    private final float width;
    private final float f;
    private final Measure measure;
    private final TranslationProvider translations;
    private final Locale locale;
    private final List<Shape> shapes = new ArrayList<>();
    private float y;

    private ChartLayout(float width, float size, Measure measure, TranslationProvider translations, Locale locale) {
        this.width = width;
        this.f = size;
        this.measure = measure;
        this.translations = translations;
        this.locale = locale;
    }

    static Drawing layout(Chart chart, float width, float size, Measure measure, TranslationProvider translations, Locale locale) {
        ChartLayout layout = new ChartLayout(width, size, measure, translations, locale);
        layout.title(chart);
        switch (chart) {
            case Chart.Progress progress -> layout.progress(progress);
            case Chart.Bars bars -> layout.bars(bars);
            case Chart.Trend trend -> layout.trend(trend);
        }
        if (chart.hasSuppressed()) {
            layout.note(translations.getTranslation("document.chart.suppressed-note", locale));
        }
        return new Drawing(width, layout.y + 0.4f * size, List.copyOf(layout.shapes));
    }

    private void title(Chart chart) {
        String unit = chart.unit().isBlank() ? "" : "（" + chart.unit() + "）";
        y += 1.3f * f;
        shapes.add(new Text(0, y, fit(chart.title() + unit, 1.3f * f, width), 1.3f * f, Anchor.START, Tone.INK, true));
        y += 0.8f * f;
    }

    private void note(String note) {
        y += 1.4f * f;
        shapes.add(new Text(0, y, fit(note, 0.75f * f, width), 0.75f * f, Anchor.START, Tone.MUTED, false));
    }

    private void progress(Chart.Progress chart) {
        List<String> labels = chart.rows().stream().map(Chart.ProgressRow::label).toList();
        List<String> values = chart.rows().stream().map(row -> translations.getTranslation("document.chart.of-target", locale,
                row.value().text(locale), Figure.number(row.target(), locale), percent(row))).toList();
        double max = chart.rows().stream().mapToDouble(row -> Math.max(row.target(), amount(row.value()))).max().orElse(1);
        Rows rows = rows(labels, values, max);
        for (int i = 0; i < chart.rows().size(); i++) {
            Chart.ProgressRow row = chart.rows().get(i);
            float top = rows.row(i, row.label(), row.value(), values.get(i));
            float x = rows.barX + (float) (rows.barWidth * row.target() / rows.max);
            shapes.add(new Line(List.of(new Point(x, top + 0.15f * f), new Point(x, top + rows.rowHeight - 0.15f * f)),
                    Tone.TARGET, 0.2f * f, SOLID));
        }
        rows.axis();
        y += 0.6f * f;
        float legendX = rows.barX;
        shapes.add(new Line(List.of(new Point(legendX, y), new Point(legendX, y + 1.1f * f)), Tone.TARGET, 0.2f * f, SOLID));
        y += 0.95f * f;
        shapes.add(new Text(legendX + 0.5f * f, y, translations.getTranslation("document.report.target", locale),
                0.85f * f, Anchor.START, Tone.INK, false));
    }

    private String percent(Chart.ProgressRow row) {
        if (row.value() instanceof Figure.Value(double amount)) {
            return Figure.number(Math.floor(amount * 100 / row.target()), locale) + "%";
        }
        return "—";
    }

    private void bars(Chart.Bars chart) {
        List<String> labels = chart.bars().stream().map(Chart.Bar::label).toList();
        List<String> values = chart.bars().stream().map(bar -> bar.value().text(locale)).toList();
        double max = chart.bars().stream().mapToDouble(bar -> amount(bar.value())).max().orElse(1);
        Rows rows = rows(labels, values, max);
        for (int i = 0; i < chart.bars().size(); i++) {
            rows.row(i, chart.bars().get(i).label(), chart.bars().get(i).value(), values.get(i));
        }
        rows.axis();
    }

    private Rows rows(List<String> labels, List<String> values, double max) {
        float labelWidth = Math.min(0.35f * width, (float) labels.stream().mapToDouble(label -> measure.width(label, f)).max().orElse(0));
        float valueWidth = (float) values.stream().mapToDouble(value -> measure.width(value, f)).max().orElse(0) + 0.6f * f;
        float labelRight = labelWidth + 0.3f * f;
        float barX = labelRight + 0.5f * f;
        // A little room past the largest figure or target, so that a target marker never sits on the frame's edge.
        return new Rows(y + 0.4f * f, labelRight, barX, width - barX - valueWidth, max > 0 ? max * 1.06 : 1);
    }

    /** Horizontal rows: label at the left, bar, figure at the right. */
    private final class Rows {
        final float top;
        final float labelRight;
        final float barX;
        final float barWidth;
        final double max;
        final float rowHeight = 2.1f * f;
        final float barHeight = 1.3f * f;

        Rows(float top, float labelRight, float barX, float barWidth, double max) {
            this.top = top;
            this.labelRight = labelRight;
            this.barX = barX;
            this.barWidth = barWidth;
            this.max = max;
            y = top;
        }

        /** Draws row {@code index} and returns its top. A suppressed figure draws no bar, only "&lt;5". */
        float row(int index, String label, Figure value, String valueText) {
            float rowTop = top + index * rowHeight;
            float baseline = rowTop + rowHeight / 2 + 0.35f * f;
            shapes.add(new Text(labelRight, baseline, fit(label, f, labelRight - 0.3f * f), f, Anchor.END, Tone.INK, false));
            if (value instanceof Figure.Value(double amount) && amount > 0) {
                float length = (float) (barWidth * Math.min(amount, max) / max);
                shapes.add(new Box(barX, rowTop + (rowHeight - barHeight) / 2, length, barHeight, Tone.BAR));
            }
            shapes.add(new Text(barX + barWidth + 0.4f * f, baseline, valueText, f, Anchor.START, Tone.INK, true));
            y = rowTop + rowHeight;
            return rowTop;
        }

        void axis() {
            shapes.add(new Line(List.of(new Point(barX, top), new Point(barX, y)), Tone.MUTED, 0.08f * f, SOLID));
        }
    }

    private void trend(Chart.Trend chart) {
        legend(chart.series());
        List<String> lastValues = chart.series().stream().map(series -> lastShown(series).map(v -> v.text(locale)).orElse("")).toList();
        double max = chart.series().stream().flatMap(series -> series.points().stream()).mapToDouble(ChartLayout::amount).max().orElse(0);
        double step = niceStep(max);
        List<String> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            ticks.add(Figure.number(step * i, locale));
        }
        float axisWidth = (float) ticks.stream().mapToDouble(tick -> measure.width(tick, 0.85f * f)).max().orElse(0) + 0.5f * f;
        float lastWidth = (float) lastValues.stream().mapToDouble(value -> measure.width(value, 0.85f * f)).max().orElse(0) + 0.6f * f;
        float plotX = axisWidth;
        float plotWidth = width - plotX - lastWidth;
        float plotTop = y + 0.8f * f;
        float plotHeight = 10f * f;
        float plotBottom = plotTop + plotHeight;
        for (int i = 0; i <= 4; i++) {
            float tickY = plotBottom - plotHeight * i / 4;
            shapes.add(new Line(List.of(new Point(plotX, tickY), new Point(plotX + plotWidth, tickY)),
                    i == 0 ? Tone.MUTED : Tone.GRID, (i == 0 ? 0.08f : 0.05f) * f, SOLID));
            shapes.add(new Text(plotX - 0.3f * f, tickY + 0.3f * f, ticks.get(i), 0.85f * f, Anchor.END, Tone.MUTED, false));
        }
        int periods = chart.periods().size();
        float slot = periods == 0 ? plotWidth : plotWidth / periods;
        float widest = (float) chart.periods().stream().mapToDouble(period -> measure.width(period, 0.85f * f)).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + 0.5f * f) / slot));
        for (int i = 0; i < periods; i += every) {
            shapes.add(new Text(plotX + slot * (i + 0.5f), plotBottom + 1.2f * f, chart.periods().get(i), 0.85f * f,
                    Anchor.MIDDLE, Tone.INK, false));
        }
        double scale = 4 * step;
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            List<Point> run = new ArrayList<>();
            Point last = null;
            for (int i = 0; i < periods; i++) {
                float x = plotX + slot * (i + 0.5f);
                if (series.points().get(i) instanceof Figure.Value(double amount)) {
                    Point point = new Point(x, (float) (plotBottom - plotHeight * amount / scale));
                    run.add(point);
                    last = point;
                } else {
                    line(run, s);
                    run = new ArrayList<>();
                    shapes.add(new Text(x, plotBottom - (0.4f + 0.9f * s) * f, Figure.SUPPRESSED_TEXT, 0.75f * f,
                            Anchor.MIDDLE, SERIES_TONES[s], true));
                }
            }
            line(run, s);
            if (last != null) {
                shapes.add(new Text(last.x() + 0.6f * f, last.y() + 0.3f * f, lastValues.get(s), 0.85f * f, Anchor.START,
                        SERIES_TONES[s], true));
            }
        }
        y = plotBottom + 1.4f * f;
    }

    private void legend(List<Chart.Series> series) {
        y += 0.4f * f;
        float x = 0;
        float size = 0.85f * f;
        for (int s = 0; s < series.size(); s++) {
            float nameWidth = measure.width(series.get(s).name(), size);
            if (x > 0 && x + 2.6f * f + nameWidth > width) {
                x = 0;
                y += 1.3f * f;
            }
            float middle = y + 0.6f * f;
            shapes.add(new Line(List.of(new Point(x, middle), new Point(x + 2f * f, middle)), SERIES_TONES[s], 0.14f * f, dash(s)));
            shapes.add(new Marker(x + f, middle, 0.3f * f, SERIES_MARKERS[s], SERIES_TONES[s]));
            shapes.add(new Text(x + 2.4f * f, middle + 0.3f * f, series.get(s).name(), size, Anchor.START, Tone.INK, false));
            x += 2.4f * f + nameWidth + 1.2f * f;
        }
        y += 1.2f * f;
    }

    private void line(List<Point> run, int series) {
        if (run.size() > 1) {
            shapes.add(new Line(List.copyOf(run), SERIES_TONES[series], 0.14f * f, dash(series)));
        }
        run.forEach(point -> shapes.add(new Marker(point.x(), point.y(), 0.3f * f, SERIES_MARKERS[series], SERIES_TONES[series])));
    }

    private float[] dash(int series) {
        return switch (series) {
            case 0 -> SOLID;
            case 1 -> new float[] {0.6f * f, 0.3f * f};
            case 2 -> new float[] {0.15f * f, 0.25f * f};
            default -> new float[] {0.6f * f, 0.25f * f, 0.15f * f, 0.25f * f};
        };
    }

    private static java.util.Optional<Figure> lastShown(Chart.Series series) {
        return series.points().reversed().stream().filter(Figure.Value.class::isInstance).findFirst();
    }

    private static double amount(Figure figure) {
        return figure instanceof Figure.Value(double amount) ? amount : 0;
    }

    /** A round step (1, 2, 2.5 or 5 times a power of ten) so that four steps reach at least {@code max}. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** {@code text} cut with … to {@code maxWidth} by the renderer's measure. */
    private String fit(String text, float size, float maxWidth) {
        if (measure.width(text, size) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && measure.width(text.substring(0, end) + "…", size) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }
}
