package jp.manabiba.curriculum.text;

import java.util.Locale;

/**
 * Whose eyes the text is for: school grade 1-6 (elementary), 7-9 (junior high), a reader who wants ruby on every
 * kanji ({@link #EVERY_KANJI}: counted as knowing none, so even grade 1's 一 and 山 get it), or an adult, who gets no
 * automatic ruby.
 */
public record ReaderGrade(int value) {

    public static final int FIRST = 1;
    public static final int LAST = 9;
    private static final int ADULT_VALUE = 100;
    /** Below grade 1: the kanji of grades up to 0 are none. Reachable only through the constant, never from of(0). */
    private static final int EVERY_KANJI_VALUE = 0;
    public static final ReaderGrade ADULT = new ReaderGrade(ADULT_VALUE);
    /** Ruby on every kanji (a child's 「すべての漢字にふりがな」), grade 1's 80 included. */
    public static final ReaderGrade EVERY_KANJI = new ReaderGrade(EVERY_KANJI_VALUE);

    public ReaderGrade {
        if ((value < FIRST || value > LAST) && value != ADULT_VALUE && value != EVERY_KANJI_VALUE) {
            throw new IllegalArgumentException(
                    "A reader's grade is 1 to 9 (elementary 1-6, junior high 7-9), EVERY_KANJI or ADULT, not " + value);
        }
    }

    /** A school grade, 1 to 9; 0 is refused like 13 (a slip, not a request for ruby on every kanji). */
    public static ReaderGrade of(int grade) {
        if (grade < FIRST || grade > LAST) {
            throw new IllegalArgumentException(
                    "A reader's grade is 1 to 9 (elementary 1-6, junior high 7-9), not " + grade);
        }
        return new ReaderGrade(grade);
    }

    /** "1" to "9", "all" (ruby on every kanji) or "adult", as authors type it on the command line. */
    public static ReaderGrade parse(String text) {
        var trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.equals("adult")) {
            return ADULT;
        }
        if (trimmed.equals("all")) {
            return EVERY_KANJI;
        }
        try {
            return of(Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A reader's grade is 1 to 9, all or adult, not '" + text + "'", e);
        }
    }

    public boolean isAdult() {
        return value == ADULT_VALUE;
    }

    public boolean isEveryKanji() {
        return value == EVERY_KANJI_VALUE;
    }

    @Override
    public String toString() {
        return isAdult() ? "adult" : isEveryKanji() ? "every kanji" : "grade " + value;
    }
}
