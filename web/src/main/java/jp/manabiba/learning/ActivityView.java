package jp.manabiba.learning;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One activity as the reader shows it, with the child's saved answer. {@code choices} and {@code multiple} for a
 * choice, {@code unit} for a number, {@code maxLength} for texts, {@code examples} for the community action;
 * {@code photoAsked} when a look-around takes a photo, {@code photo} the one kept.
 * {@code version} goes back with the next save.
 */
public record ActivityView(String id, String kind, String prompt, List<String> choices, boolean multiple, String unit,
                           int maxLength, List<String> examples, @Nullable String answer, @Nullable Instant savedAt,
                           long version, boolean photoAsked, @Nullable LookAroundPhoto photo) {
}
