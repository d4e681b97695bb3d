package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.learning.AbilityChange;

/**
 * The group's mean before and after per ability as two bars on the 1-4 scale, each with its number in text (the
 * bars are decoration for the eye; the numbers are what a screen reader and a report read).
 */
class GrowthBars extends Div {

    private static final double SCALE_TOP = 4.0;

    GrowthBars() {
        addClassName("growth-bars");
    }

    void show(List<AbilityChange> group, Component translator) {
        removeAll();
        for (AbilityChange change : group) {
            Div row = new Div();
            row.addClassName("growth-bar-row");
            row.add(new Span(UnitTexts.ability(translator, change.ability())));
            if (change.children() == 0) {
                row.add(new Span(translator.getTranslation("growth.group.none")));
            } else {
                row.add(bar("growth-bar-before", change.startMean()), bar("growth-bar-after", change.endMean()));
                Span numbers = new Span(translator.getTranslation("growth.group.figure", mean(change.startMean()),
                        mean(change.endMean()), String.format(Locale.ROOT, "%+.1f", change.change()), change.children()));
                numbers.addClassName("growth-figure");
                row.add(numbers);
            }
            add(row);
        }
    }

    private static Div bar(String className, double mean) {
        Div bar = new Div();
        bar.addClassNames("growth-bar", className);
        bar.getStyle().set("width", String.format(Locale.ROOT, "%.0f%%", mean / SCALE_TOP * 100));
        bar.getElement().setAttribute("aria-hidden", "true");
        return bar;
    }

    private static String mean(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
