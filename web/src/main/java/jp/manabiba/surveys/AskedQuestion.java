package jp.manabiba.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as the respondent reads it: in their language, and where that is Japanese without a translation for
 * a guardian, the やさしい日本語 text under it ({@code plain}, {@code plainOptions}; else null and empty).
 */
public record AskedQuestion(long id, int position, QuestionKind kind, boolean required, String text,
                            @Nullable String plain, List<String> options, List<String> plainOptions) {
}
