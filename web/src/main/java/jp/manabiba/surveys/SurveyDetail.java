package jp.manabiba.surveys;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A survey as the builder opens it: settings, the newest version's questions, and whether that version is frozen
 * (answered: saving changes makes version {@code versionNumber + 1}). {@code lock} goes back with a change.
 */
public record SurveyDetail(long id, long organisationId, long lock, String title, Audience audience,
                           boolean anonymous, @Nullable PairRole pairRole, @Nullable Long pairedWithId,
                           SurveyState state, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
                           int versionNumber, boolean frozen, List<QuestionDraft> questions) {

    public SurveyDraft draft() {
        return new SurveyDraft(organisationId, title, audience, anonymous, pairRole, pairedWithId, questions);
    }
}
