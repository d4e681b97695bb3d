package jp.manabiba.outcomes.chart;

import java.util.List;

/**
 * A chart to draw. Titles and labels arrive translated; the description is what a screen reader says instead of the
 * picture (the caller also offers the figures as a table).
 */
public sealed interface Chart permits Chart.Progress, Chart.Bars, Chart.Trend {

    String title();

    String description();

    /** The unit the figures are in, e.g. 人, 世帯, %; shown after the title. Empty for none. */
    String unit();

    /** Whether any figure is hidden, so the renderers add the note that explains "&lt;5". */
    boolean hasSuppressed();

    /**
     * Progress to target: one horizontal bar per row with a marker at its target, e.g. trained supporters per
     * category against 45 / 45 / 40.
     */
    record Progress(String title, String description, String unit, List<ProgressRow> rows) implements Chart {
        public Progress {
            rows = List.copyOf(rows);
        }

        @Override
        public boolean hasSuppressed() {
            return rows.stream().anyMatch(row -> row.value() instanceof Figure.Suppressed);
        }
    }

    record ProgressRow(String label, Figure value, double target) {
        public ProgressRow {
            if (!(target > 0)) {
                throw new IllegalArgumentException("A target must be above zero: " + target);
            }
        }
    }

    /** Figures by category (site, supporter category), one horizontal bar each: long Japanese names stay readable. */
    record Bars(String title, String description, String unit, List<Bar> bars) implements Chart {
        public Bars {
            bars = List.copyOf(bars);
        }

        @Override
        public boolean hasSuppressed() {
            return bars.stream().anyMatch(bar -> bar.value() instanceof Figure.Suppressed);
        }
    }

    record Bar(String label, Figure value) {
    }

    /** Month by month (or any periods), one line per series; a suppressed month is a gap labelled "&lt;5". */
    record Trend(String title, String description, String unit, List<String> periods, List<Series> series) implements Chart {
        public Trend {
            periods = List.copyOf(periods);
            series = List.copyOf(series);
            for (Series line : series) {
                if (line.points().size() != periods.size()) {
                    throw new IllegalArgumentException("Series " + line.name() + " has " + line.points().size()
                            + " points for " + periods.size() + " periods");
                }
            }
            if (series.size() > ChartLayout.MAX_SERIES) {
                throw new IllegalArgumentException("At most " + ChartLayout.MAX_SERIES + " series stay readable in greyscale");
            }
        }

        @Override
        public boolean hasSuppressed() {
            return series.stream().flatMap(line -> line.points().stream()).anyMatch(Figure.Suppressed.class::isInstance);
        }
    }

    record Series(String name, List<Figure> points) {
        public Series {
            points = List.copyOf(points);
        }
    }
}
