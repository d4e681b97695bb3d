package jp.manabiba.schools;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of a roster and what importing it does. Pupils who do not take part carry no name: only children
 * taking part enter Manabiba.
 */
public record RosterPreviewRow(String file, int line, String kind, String sourcedId, String label, RosterOutcome outcome,
                               @Nullable String messageKey, List<String> arguments, @Nullable Long learnerId) {
}
