package jp.manabiba.surveys;

import org.jspecify.annotations.Nullable;

/** A handed-in response: for an anonymous PRE survey, the pair code to keep (shown as ABCD-EFGH), else null. */
public record Receipt(@Nullable String pairCode) {
}
