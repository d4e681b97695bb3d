package jp.manabiba.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A survey's settings and questions as the builder sends them. {@code organisationId} may be null for a
 * coordinator of one organisation; {@code pairedWithId} names the PRE survey of a POST one.
 */
public record SurveyDraft(@Nullable Long organisationId, String title, Audience audience, boolean anonymous,
                          @Nullable PairRole pairRole, @Nullable Long pairedWithId, List<QuestionDraft> questions) {

    public SurveyDraft {
        questions = List.copyOf(questions);
    }
}
