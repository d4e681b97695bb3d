package jp.manabiba.schools;

import org.jspecify.annotations.Nullable;

/** A school with its number of teachers; {@code rosterId} when it came from a roster. */
public record SchoolRow(long id, String name, @Nullable String rosterId, long teachers) {
}
