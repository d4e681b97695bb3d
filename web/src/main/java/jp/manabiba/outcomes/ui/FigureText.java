package jp.manabiba.outcomes.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jp.manabiba.outcomes.FigureValue;
import jp.manabiba.outcomes.IndicatorUnit;
import org.jspecify.annotations.Nullable;

/** A figure in words: the number in the reader's format with its unit, "&lt;5" when suppressed, a dash when none. */
final class FigureText {

    private FigureText() {
    }

    static String of(Component on, FigureValue figure, IndicatorUnit unit) {
        if (figure.hidden()) {
            return on.getTranslation("outcomes.suppressed");
        }
        return figure.value() == null ? on.getTranslation("outcomes.no-figure") : of(on, figure.value(), unit);
    }

    static String of(Component on, BigDecimal value, IndicatorUnit unit) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return on.getTranslation("outcomes.unit." + unit.name(), format.format(value));
    }

    /** The reader's locale: the session's, as every translation on the screen uses. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    static String target(Component on, @Nullable BigDecimal target, IndicatorUnit unit) {
        return target == null ? on.getTranslation("outcomes.no-target")
                : on.getTranslation("outcomes.target", of(on, target, unit));
    }
}
