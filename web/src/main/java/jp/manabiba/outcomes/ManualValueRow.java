package jp.manabiba.outcomes;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** A manual value as entered, with who entered it and when; {@code inForce} false for one a later row corrected. */
public record ManualValueRow(long id, String indicator, YearMonth month, long value, @Nullable String note,
                             String enteredBy, Instant enteredAt, boolean inForce) {
}
