package jp.manabiba.i18n;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * The rules every stored text meets, in one place for every feature's services: a length counted as the database
 * counts it (characters, so an emoji is one, not two Java chars), no control characters, no characters that turn
 * the direction of text ("abc&#x202E;txt.exe" would show as "abcexe.txt"), no broken UTF-16 (a lone surrogate that
 * MariaDB would store as "?"). Names and titles are one line; notes may hold line breaks and tabs. Readings in kana
 * are read through NFKC, so half-width ｼｹﾝ is stored as シケン. Each refusal names its field.
 */
public final class TextRules {

    public static final String TOO_LONG = "validation.too-long";
    public static final String REQUIRED = "validation.required";
    public static final String CHARACTERS = "validation.characters";

    private TextRules() {
    }

    /** A required one-line text (a name, a title): stripped, or refused. */
    public static String line(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, REQUIRED);
        }
        return check(field, value.strip(), max, false);
    }

    /** An optional one-line text: null when blank, else stripped, or refused. */
    public static @Nullable String optionalLine(String field, @Nullable String value, int max) {
        return value == null || value.isBlank() ? null : check(field, value.strip(), max, false);
    }

    /** A required text of several lines (a note). */
    public static String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, REQUIRED);
        }
        return check(field, value.strip(), max, true);
    }

    /** An optional text of several lines: null when blank. */
    public static @Nullable String optionalText(String field, @Nullable String value, int max) {
        return value == null || value.isBlank() ? null : check(field, value.strip(), max, true);
    }

    /** A required reading in kana, normalised with NFKC (half-width katakana become full-width). */
    public static String kana(String field, @Nullable String value, int max) {
        return line(field, nfkc(value), max);
    }

    /** A reading as it is kept: NFKC, so half-width ｼｹﾝ becomes シケン; null stays null. */
    public static @Nullable String nfkc(@Nullable String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    /** The text cut to at most {@code max} characters, for values made from others (a display name from a name). */
    public static String fit(String value, int max) {
        String stripped = value.strip();
        return length(stripped) <= max ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, max)).strip();
    }

    /** Characters, as MariaDB counts them in a utf8mb4 column. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** True when the text holds a character no stored text may hold (line breaks and tabs only where allowed). */
    public static boolean refused(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || refused(c, multiLine)) {
                return true;
            }
        }
        return false;
    }

    private static String check(String field, String value, int max, boolean multiLine) {
        if (refused(value, multiLine)) {
            throw new InvalidInput(field, CHARACTERS);
        }
        if (length(value) > max) {
            throw new InvalidInput(field, TOO_LONG, max);
        }
        return value;
    }

    private static boolean refused(char c, boolean multiLine) {
        if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || c == '\u061C' || c == '\u200E' || c == '\u200F' // direction marks
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
