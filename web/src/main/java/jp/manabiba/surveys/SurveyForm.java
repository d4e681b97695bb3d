package jp.manabiba.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.manabiba.people.HomeLanguage;
import org.jspecify.annotations.Nullable;

/**
 * A survey as its respondent opens it: the questions in {@code language}, the draft kept so far (identified
 * surveys only), and whether they will be given a pair code to keep (anonymous PRE) or asked for one
 * (anonymous POST).
 */
public record SurveyForm(long surveyId, String title, boolean anonymous, @Nullable PairRole pairRole,
                         LocalDate closesOn, HomeLanguage language, List<AskedQuestion> questions,
                         Map<Long, Answer> draft) {

    public boolean asksForPairCode() {
        return anonymous && pairRole == PairRole.POST;
    }
}
