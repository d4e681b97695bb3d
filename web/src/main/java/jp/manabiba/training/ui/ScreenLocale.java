package jp.manabiba.training.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

/** The language of the screen being built, for module titles written in Japanese and sometimes English. */
final class ScreenLocale {

    private ScreenLocale() {
    }

    static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }
}
