package jp.manabiba.training;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A module's title in Japanese, and in English where one was written. */
public record ModuleTitle(String ja, @Nullable String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : ja;
    }
}
