package jp.manabiba.curriculum.text;

import java.util.Locale;

/**
 * Whose eyes the text is for: school grade 1-6 (elementary), 7-9 (junior high), or an adult, who gets no
 * automatic ruby.
 */
public record ReaderGrade(int value) {

    public static final int FIRST = 1;
    public static final int LAST = 9;
    private static final int ADULT_VALUE = 100;
    public static final ReaderGrade ADULT = new ReaderGrade(ADULT_VALUE);

    public ReaderGrade {
        if ((value < FIRST || value > LAST) && value != ADULT_VALUE) {
            throw new IllegalArgumentException(
                    "A reader's grade is 1 to 9 (elementary 1-6, junior high 7-9) or ADULT, not " + value);
        }
    }

    public static ReaderGrade of(int grade) {
        return new ReaderGrade(grade);
    }

    /** "1" to "9" or "adult", as authors type it on the command line. */
    public static ReaderGrade parse(String text) {
        var trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.equals("adult")) {
            return ADULT;
        }
        try {
            return of(Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A reader's grade is 1 to 9 or adult, not '" + text + "'", e);
        }
    }

    public boolean isAdult() {
        return value == ADULT_VALUE;
    }

    @Override
    public String toString() {
        return isAdult() ? "adult" : "grade " + value;
    }
}
