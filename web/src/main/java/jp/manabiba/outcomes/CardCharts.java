package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.Chart;
import jp.manabiba.outcomes.chart.Figure;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an indicator's card into the charts the dashboard and the PDF report draw: the months of the fiscal year as
 * a trend, the year and the programme to date against their targets. A figure {@link SmallCells} hid becomes
 * {@link Figure#suppressed()}, which holds no number, so no chart can show the count behind "&lt;5".
 */
@Component
public class CardCharts {

    private final TranslationProvider translations;

    CardCharts(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The month trend; empty when the indicator is not counted yet (no number is made up). */
    public Optional<Chart.Trend> trend(IndicatorCard card, Locale locale) {
        if (!card.counted() || card.trend().isEmpty()) {
            return Optional.empty();
        }
        List<String> months = card.trend().stream()
                .map(p -> translations.getTranslation("outcomes.month", locale, p.month().getMonthValue())).toList();
        List<Figure> points = card.trend().stream().map(p -> figure(p.value())).toList();
        String title = card.indicator().title(locale);
        return Optional.of(new Chart.Trend(title, translations.getTranslation("outcomes.chart.trend", locale, title),
                unit(card, locale), months, List.of(new Chart.Series(
                        translations.getTranslation("fiscal-year.name", locale, String.valueOf(card.year().year())), points))));
    }

    /** The year and the programme to date against their targets; empty when neither has a target. */
    public Optional<Chart.Progress> progress(IndicatorCard card, Locale locale) {
        if (!card.counted()) {
            return Optional.empty();
        }
        List<Chart.ProgressRow> rows = new ArrayList<>();
        row(rows, translations.getTranslation("outcomes.year", locale), card.yearValue(), card.yearTarget());
        row(rows, translations.getTranslation("outcomes.programme", locale), card.programmeValue(), card.programmeTarget());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String title = card.indicator().title(locale);
        return Optional.of(new Chart.Progress(title, translations.getTranslation("outcomes.chart.progress", locale, title),
                unit(card, locale), rows));
    }

    /** The fiscal year's figure per supporter category as bars; empty when the card has no such breakdown. */
    public Optional<Chart.Bars> categories(IndicatorCard card, Locale locale) {
        if (!card.counted() || card.bySupporterCategory().isEmpty()) {
            return Optional.empty();
        }
        CategoryMeasure measure = card.bySupporterCategory().getFirst().measure();
        List<Chart.Bar> bars = card.bySupporterCategory().stream()
                .map(c -> new Chart.Bar(categoryName(c, locale), figure(c.value()))).toList();
        return Optional.of(new Chart.Bars(card.indicator().title(locale),
                translations.getTranslation("outcomes.category.measure." + measure.name(), locale),
                translations.getTranslation("outcomes.unit." + measure.unit().name(), locale, "").trim(), bars));
    }

    /** A category's name ("大学生"), or "no supporter recorded". */
    public String categoryName(CategoryFigure figure, Locale locale) {
        return figure.category() == null ? translations.getTranslation("outcomes.category.none", locale)
                : translations.getTranslation("supporter.category." + figure.category().name(), locale);
    }

    /**
     * A card's figure for a chart or an export: hidden is "&lt;5"; a figure with nothing to count (a rate with nobody
     * expected) is drawn as zero, since a chart line needs a point and no child is behind it.
     */
    public static Figure figure(FigureValue value) {
        if (value.hidden()) {
            return Figure.suppressed();
        }
        return value.value() == null ? Figure.of(0) : Figure.of(value.value().doubleValue());
    }

    /** The unit's word alone ("世帯", "households"), from the screen's "{0}世帯" pattern. */
    public String unit(IndicatorCard card, Locale locale) {
        return translations.getTranslation("outcomes.unit." + card.indicator().unit().name(), locale, "").trim();
    }

    private static void row(List<Chart.ProgressRow> rows, String label, FigureValue value, @Nullable BigDecimal target) {
        if (target != null && target.signum() > 0 && (value.hidden() || value.value() != null)) {
            rows.add(new Chart.ProgressRow(label, figure(value), target.doubleValue()));
        }
    }
}
