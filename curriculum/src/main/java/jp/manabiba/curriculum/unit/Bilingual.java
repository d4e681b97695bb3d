package jp.manabiba.curriculum.unit;

import java.util.Locale;
import java.util.Objects;

/** A title or summary in Japanese (what children read) and English (for supporters and reports). */
public record Bilingual(String ja, String en) {

    public Bilingual {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /** English for an English locale, Japanese (the programme's default language) for any other. */
    public String in(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? en : ja;
    }
}
