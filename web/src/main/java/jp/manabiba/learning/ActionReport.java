package jp.manabiba.learning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What happened, how many minutes it took, what the child learned (may be left empty), and the day. */
public record ActionReport(String happened, int minutes, @Nullable String learned, LocalDate doneOn) {

    /** The columns' lengths and the longest action counted (10 hours), for the form and the service alike. */
    public static final int HAPPENED_MAX = 1000;
    public static final int LEARNED_MAX = 1000;
    public static final int MINUTES_MAX = 600;
}
