package jp.manabiba.outcomes.ui;

import java.math.BigDecimal;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.progressbar.ProgressBar;
import jp.manabiba.outcomes.CardCharts;
import jp.manabiba.outcomes.FigureValue;
import jp.manabiba.outcomes.IndicatorCard;
import jp.manabiba.outcomes.IndicatorUnit;
import jp.manabiba.outcomes.chart.ChartSvg;
import org.jspecify.annotations.Nullable;

/**
 * One indicator: its title and definition beside the figures (the year, the programme to date, each against its
 * target with a bar), the months of the year, on the network's view each organisation's share, and where the
 * supporter's category says something the figure per category (bars, the counting rule and a table). The year's
 * months and the progress to target are also drawn as SVG charts (the month table is their accessible alternative).
 */
class IndicatorCardView extends Div {

    private final IndicatorCard card;

    IndicatorCardView(IndicatorCard card, CardCharts charts, ChartSvg svg, Consumer<IndicatorCard> drillDown) {
        this.card = card;
        addClassName("indicator-card");
        getElement().setAttribute("data-indicator", card.indicator().code());
        IndicatorUnit unit = card.indicator().unit();
        Paragraph definition = new Paragraph(card.indicator().definition(getLocale()));
        definition.addClassName("indicator-definition");
        add(new H2(card.indicator().title(getLocale())), definition);
        if (!card.counted()) {
            Span pending = new Span(getTranslation("outcomes.not-counted"));
            pending.addClassName("indicator-pending");
            add(pending, figure("outcomes.programme", card.programmeValue(), card.programmeTarget(), null, unit));
            return;
        }
        add(figure("outcomes.year", card.yearValue(), card.yearTarget(), card.yearProgress(), unit),
                figure("outcomes.programme", card.programmeValue(), card.programmeTarget(), card.programmeProgress(), unit));
        // The charts are drawn on the server; the month table below stays as their accessible alternative.
        charts.progress(card, getLocale()).ifPresent(chart -> add(chart(svg.render(chart, getLocale()), "outcome-progress-chart")));
        charts.trend(card, getLocale()).ifPresent(chart -> add(chart(svg.render(chart, getLocale()), "outcome-trend-chart")));
        add(MonthTable.months(card.trend(), unit));
        if (!card.byOrganisation().isEmpty()) {
            add(MonthTable.organisations(card.byOrganisation(), unit));
        }
        if (!card.bySite().isEmpty()) {
            add(MonthTable.sites(card.bySite(), unit));
        }
        if (!card.bySupporterCategory().isEmpty()) {
            charts.categories(card, getLocale()).ifPresent(chart -> add(chart(svg.render(chart, getLocale()), "outcome-category-chart")));
            Paragraph rule = new Paragraph(getTranslation("outcomes.category.measure."
                    + card.bySupporterCategory().getFirst().measure().name()));
            rule.addClassName("outcome-category-rule");
            add(rule, MonthTable.categories(card.bySupporterCategory(), charts));
        }
        if (card.drillsDown()) {
            Button rows = new Button(getTranslation("outcomes.drill-down"), click -> drillDown.accept(card));
            rows.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rows.addClassName("indicator-drill-down");
            rows.setAriaLabel(getTranslation("outcomes.drill.button-label", card.indicator().title(getLocale())));
            add(rows);
        }
    }

    private static Svg chart(String markup, String className) {
        Svg chart = new Svg(markup);
        chart.addClassNames("outcome-chart-box", className);
        return chart;
    }

    IndicatorCard card() {
        return card;
    }

    private Div figure(String labelKey, FigureValue value, @Nullable BigDecimal target, @Nullable Integer progress,
                       IndicatorUnit unit) {
        Span number = new Span(FigureText.of(this, value, unit));
        number.addClassName("indicator-figure");
        Div figure = new Div(new Span(getTranslation(labelKey)), number, new Span(FigureText.target(this, target, unit)));
        figure.addClassName("indicator-period");
        if (progress != null) {
            ProgressBar bar = new ProgressBar(0, 100, progress);
            bar.getElement().setAttribute("aria-label", getTranslation("outcomes.progress", progress));
            figure.add(bar, new Span(getTranslation("outcomes.progress", progress)));
        }
        return figure;
    }
}
