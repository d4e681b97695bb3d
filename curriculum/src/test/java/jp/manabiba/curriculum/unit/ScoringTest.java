package jp.manabiba.curriculum.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions mark a child's stored answer with the normalisation assignments use (JapaneseAnswers). */
class ScoringTest {

    private final ChoiceQuestion single = new ChoiceQuestion("q", "どれ？", List.of("a", "b", "c"), Set.of(1), false);
    private final ChoiceQuestion multiple = new ChoiceQuestion("m", "どれ？", List.of("a", "b", "c"), Set.of(0, 2), true);
    private final NumberQuestion weight = new NumberQuestion("n", "なん kg？", new BigDecimal("12.5"),
            new BigDecimal("0.5"), "kg");
    private final NumberQuestion count = new NumberQuestion("c", "いくつ？", new BigDecimal("12"), BigDecimal.ZERO, "");
    private final ShortTextQuestion word = new ShortTextQuestion("w", "なに？", List.of("ごみばこ", "ゴミ箱"),
            Set.of(AnswerRule.WIDTH, AnswerRule.KANA, AnswerRule.SPACES));
    private final ShortTextQuestion katakanaOnly = new ShortTextQuestion("k", "カタカナで", List.of("リサイクル"),
            Set.of());

    @Test
    void a_choice_is_right_only_with_exactly_the_correct_indexes() {
        assertEquals(Score.RIGHT, single.score("1"));
        assertEquals(Score.RIGHT, single.score("１"), "full-width digit from a Japanese keyboard");
        assertEquals(Score.WRONG, single.score("0"));
        assertEquals(Score.WRONG, single.score("1,2"));
        assertEquals(Score.WRONG, single.score("b"), "the stored answer is an index, not the text");
        assertEquals(Score.RIGHT, multiple.score("2,0"));
        assertEquals(Score.RIGHT, multiple.score(List.of(0, 2)));
        assertEquals(Score.WRONG, multiple.score("0"));
        assertEquals(Score.UNANSWERED, multiple.score(" "));
        assertEquals(Score.UNANSWERED, single.score((String) null));
    }

    @Test
    void a_number_is_right_within_its_tolerance_typed_as_on_paper_with_or_without_its_unit() {
        assertEquals(Score.RIGHT, weight.score("12.5"));
        assertEquals(Score.RIGHT, weight.score("１２．５"));
        assertEquals(Score.RIGHT, weight.score("12,5"));
        assertEquals(Score.RIGHT, weight.score("12.5 kg"));
        assertEquals(Score.RIGHT, weight.score("１３ｋｇ"), "13 is within 0.5 of 12.5");
        assertEquals(Score.RIGHT, weight.score("12.0㎏"), "NFKC turns ㎏ into kg");
        assertEquals(Score.WRONG, weight.score("13.1"));
        assertEquals(Score.WRONG, weight.score("12.5g"), "another unit is another answer");
        assertEquals(Score.WRONG, weight.score("じゅうに"));
        assertEquals(Score.UNANSWERED, weight.score("　"));
        assertEquals(Score.RIGHT, count.score("12"));
        assertEquals(Score.WRONG, count.score("12.5"), "no tolerance: exactly");
    }

    @Test
    void a_short_text_is_compared_with_the_rules_it_switches_on() {
        assertEquals(Score.RIGHT, word.score("ごみばこ"));
        assertEquals(Score.RIGHT, word.score("ゴミバコ"), "kana: hiragana and katakana count as the same");
        assertEquals(Score.RIGHT, word.score("ｺﾞﾐﾊﾞｺ"), "width: half-width katakana");
        assertEquals(Score.RIGHT, word.score("ごみ ばこ"), "spaces are ignored");
        assertEquals(Score.RIGHT, word.score("ゴミ箱"));
        assertEquals(Score.WRONG, word.score("ごみ"));
        assertEquals(Score.UNANSWERED, word.score(""));
        assertEquals(Score.RIGHT, katakanaOnly.score("リサイクル"));
        assertEquals(Score.RIGHT, katakanaOnly.score("リサイクル "));
        assertEquals(Score.WRONG, katakanaOnly.score("りさいくる"), "without kana, the kind of kana asked for counts");
    }

    @Test
    void the_sample_units_questions_score_as_loaded() {
        var unit = Packages.sample();
        assertEquals(Score.RIGHT, ((Question) unit.activity("quiz-1").orElseThrow()).score("1"));
        assertEquals(Score.RIGHT, ((Question) unit.activity("count-1").orElseThrow()).score("12.5kg"));
        assertEquals(Score.RIGHT, ((Question) unit.activity("word-1").orElseThrow()).score("ゴミバコ"));
        assertEquals(Score.RIGHT, ((Question) unit.activity("multi-1").orElseThrow()).score("0,2"));
    }
}
