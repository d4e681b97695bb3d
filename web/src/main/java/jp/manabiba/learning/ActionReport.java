package jp.manabiba.learning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What happened, how many minutes it took, what the child learned (may be left empty), and the day. */
public record ActionReport(String happened, int minutes, @Nullable String learned, LocalDate doneOn) {
}
