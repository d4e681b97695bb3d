package jp.manabiba.i18n;

import java.util.Locale;

/** The languages of the user interface. Japanese is the default: the programme runs in Takatsuki. */
public enum Language {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = JA;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language for a locale or a tag such as {@code en-GB}; anything unknown is Japanese. */
    public static Language of(Locale locale) {
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(locale.getLanguage())) {
                return language;
            }
        }
        return DEFAULT;
    }

    public static Language ofTag(String tag) {
        return of(Locale.forLanguageTag(tag));
    }
}
