package jp.manabiba.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A survey's results for one version: the response rate (invited, answered), every version's own figures to
 * choose from, and each question's counts from that version's responses only. For an anonymous survey a question
 * answered by fewer than {@link SurveyResults#SMALL} people is {@code suppressed} (no breakdown, shown as "<5"),
 * as is the pair comparison. Free texts are filled only for the organisation's own coordinators
 * ({@code freeTextShown}).
 */
public record SurveyReport(long surveyId, String title, Audience audience, boolean anonymous, int versionNumber,
                           List<VersionFigure> versions, int invited, int answered, boolean freeTextShown,
                           List<QuestionResult> questions, @Nullable PairResult pairs) {

    /**
     * One version: its number and the answers handed in on it. {@code changed} lists the positions of its questions
     * that are new or asked differently than in the version before (the first version: none).
     */
    public record VersionFigure(int number, int responses, List<Integer> changed) {

        /** The version's share of the people asked, in percent. */
        public int percentOf(int invited) {
            return invited == 0 ? 0 : Math.round(100f * responses / invited);
        }
    }

    /** {@code changed}: new, or asked differently than in the version before; its answers are this version's only. */
    public record QuestionResult(int position, QuestionKind kind, String text, int answers, boolean suppressed,
                                 boolean changed, List<OptionCount> counts, List<String> texts) {
    }

    public record OptionCount(String label, int count) {
    }

    /** Before/after: how many respondents answered both, and the mean Likert step of each question both asked. */
    public record PairResult(String preTitle, int pairs, boolean suppressed, List<LikertChange> changes) {
    }

    public record LikertChange(int position, String text, double before, double after) {
    }
}
