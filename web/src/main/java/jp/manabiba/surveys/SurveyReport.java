package jp.manabiba.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A survey's results for one version: the response rate (invited, answered) and each question's counts. For an
 * anonymous survey a question answered by fewer than {@link SurveyResults#SMALL} people is {@code suppressed}
 * (no breakdown, shown as "<5"), as is the pair comparison. Free texts are filled only for the organisation's
 * own coordinators ({@code freeTextShown}).
 */
public record SurveyReport(long surveyId, String title, Audience audience, boolean anonymous, int versionNumber,
                           int versions, int invited, int answered, boolean freeTextShown,
                           List<QuestionResult> questions, @Nullable PairResult pairs) {

    public record QuestionResult(int position, QuestionKind kind, String text, int answers, boolean suppressed,
                                 List<OptionCount> counts, List<String> texts) {
    }

    public record OptionCount(String label, int count) {
    }

    /** Before/after: how many respondents answered both, and the mean Likert step of each question both asked. */
    public record PairResult(String preTitle, int pairs, boolean suppressed, List<LikertChange> changes) {
    }

    public record LikertChange(int position, String text, double before, double after) {
    }
}
