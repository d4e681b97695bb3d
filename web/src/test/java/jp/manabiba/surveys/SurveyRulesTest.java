package jp.manabiba.surveys;

import java.util.List;
import java.util.Map;

import jp.manabiba.people.HomeLanguage;
import org.junit.jupiter.api.Test;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

/** The builder's rules, without Spring: each refusal at the field the builder shows it at. */
class SurveyRulesTest {

    @Test
    void a_survey_needs_a_question() {
        refusedQuietly(() -> SurveyRules.questions(List.of()), "questions", "surveys.error.no-questions");
    }

    @Test
    void every_question_needs_japanese_and_plain_japanese() {
        QuestionDraft noEasy = new QuestionDraft(QuestionKind.FREE_TEXT, true, Map.of(HomeLanguage.JA, "感想"), Map.of());
        refusedQuietly(() -> SurveyRules.questions(List.of(noEasy)), "question.1.text.JA_EASY", "validation.required");
    }

    @Test
    void a_likert_question_has_five_labels() {
        QuestionDraft four = new QuestionDraft(QuestionKind.LIKERT, true,
                Map.of(HomeLanguage.JA, "楽しい", HomeLanguage.JA_EASY, "たのしい"),
                Map.of(HomeLanguage.JA, List.of("1", "2", "3", "4"), HomeLanguage.JA_EASY, List.of("1", "2", "3", "4", "5")));
        refusedQuietly(() -> SurveyRules.questions(List.of(SurveysFixture.likert("a", "a"), four)),
                "question.2.options.JA", "surveys.error.likert-labels", 5);
    }

    @Test
    void a_translation_has_as_many_options_as_the_japanese() {
        QuestionDraft short_ = new QuestionDraft(QuestionKind.SINGLE, true,
                Map.of(HomeLanguage.JA, "どれ", HomeLanguage.JA_EASY, "どれ", HomeLanguage.EN, "Which"),
                Map.of(HomeLanguage.JA, List.of("a", "b", "c"), HomeLanguage.JA_EASY, List.of("a", "b", "c"),
                        HomeLanguage.EN, List.of("a", "b")));
        refusedQuietly(() -> SurveyRules.questions(List.of(short_)), "question.1.options.EN", "surveys.error.options-count", 3);
    }

    @Test
    void an_untouched_translation_is_left_out_and_blank_options_dropped() {
        QuestionDraft q = new QuestionDraft(QuestionKind.SINGLE, false,
                Map.of(HomeLanguage.JA, " どれ ", HomeLanguage.JA_EASY, "どれ", HomeLanguage.EN, " "),
                Map.of(HomeLanguage.JA, List.of("a", " ", "b"), HomeLanguage.JA_EASY, List.of("a", "b")));
        QuestionDraft clean = SurveyRules.questions(List.of(q)).getFirst();
        assertThat(clean.texts()).containsOnlyKeys(HomeLanguage.JA, HomeLanguage.JA_EASY).containsEntry(HomeLanguage.JA, "どれ");
        assertThat(clean.options().get(HomeLanguage.JA)).containsExactly("a", "b");
    }

    @Test
    void a_pair_code_is_read_back_in_any_width_and_case() {
        String code = PairCodes.newCode();
        String typed = PairCodes.shown(code).toLowerCase().replace("a", "ａ");
        assertThat(PairCodes.typed(typed)).isEqualTo(code);
        refusedQuietly(() -> PairCodes.typed("ABCD-EFG0"), "pairCode", "surveys.error.pair-code");
    }
}
