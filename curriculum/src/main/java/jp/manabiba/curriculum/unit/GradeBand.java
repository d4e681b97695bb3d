package jp.manabiba.curriculum.unit;

/** The school grades a unit is written for: 1-6 elementary, 7-9 junior high, {@code from <= to}. */
public record GradeBand(int from, int to) {

    public static final int FIRST = 1;
    public static final int LAST = 9;

    public GradeBand {
        if (from < FIRST || to > LAST || from > to) {
            throw new IllegalArgumentException("A grade band is within 1-9 with from <= to, not " + from + "-" + to);
        }
    }

    public boolean includes(int grade) {
        return grade >= from && grade <= to;
    }
}
