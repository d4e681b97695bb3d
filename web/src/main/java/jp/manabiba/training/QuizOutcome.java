package jp.manabiba.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A marked attempt. A failed one names the questions that were wrong and nothing more (not the right answers: the
 * supporter reads again and retries); a passed one carries every question's explanation and how long the new
 * completion counts.
 *
 * @param wrong        the ids of the questions not right, in quiz order
 * @param explanations question id to explanation, only when passed
 * @param validUntil   when passed, the last day the completion counts; null when it never expires (or failed)
 */
public record QuizOutcome(long attemptId, int right, int outOf, int percent, int passMark, boolean passed,
                          List<String> wrong, Map<String, String> explanations, @Nullable LocalDate validUntil) {
}
