package jp.manabiba.curriculum.text;

import static jp.manabiba.curriculum.text.JapaneseAnswers.matches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule with what children really type on a Chromebook or an iPad. */
class JapaneseAnswersTest {

    @Test
    void full_width_digits_and_latin_are_the_same_as_half_width() {
        assertTrue(matches("１２", List.of("12")));
        assertTrue(matches("ＣＯ２", List.of("CO2")));
        assertTrue(matches("Ｔｏｋｙｏ", List.of("tokyo")), "and Latin case does not matter");
    }

    @Test
    void half_width_katakana_is_the_same_as_full_width() {
        assertTrue(matches("ｱｲｽｸﾘｰﾑ", List.of("アイスクリーム")));
        assertTrue(matches("ｶﾞｯｺｳ", List.of("ガッコウ")), "the separate voiced mark joins the kana");
        assertTrue(matches("ﾊﾟﾝ", List.of("パン")));
    }

    @Test
    void hiragana_equals_katakana_only_when_the_question_allows_it() {
        assertFalse(matches("あいすくりーむ", List.of("アイスクリーム")));
        assertTrue(matches("あいすくりーむ", List.of("アイスクリーム"), AnswerRules.DEFAULT.withKanaEitherWay()));
        assertTrue(matches("ﾘｻｲｸﾙ", List.of("りさいくる"), AnswerRules.DEFAULT.withKanaEitherWay()));
    }

    @Test
    void spaces_are_ignored_including_the_ideographic_space() {
        assertTrue(matches("たかつき　し", List.of("たかつきし")));
        assertTrue(matches(" た か つ き ", List.of("たかつき")));
        assertTrue(matches("12 cm", List.of("12cm")));
    }

    @Test
    void any_dash_typed_for_the_long_vowel_is_the_long_vowel() {
        for (String typed : List.of("アイスクリ－ム", "アイスクリ-ム", "アイスクリ―ム", "アイスクリ—ム", "アイスクリ‐ム",
                "アイスクリｰム", "アイスクリ〜ム")) {
            assertTrue(matches(typed, List.of("アイスクリーム")), typed);
        }
        assertTrue(matches("すーぱー", List.of("すうぱあ", "すーぱー")));
        assertFalse(matches("5-3", List.of("5ー3")), "a dash between digits stays a minus");
    }

    @Test
    void a_decimal_number_is_the_same_whichever_point_or_comma_the_child_used() {
        assertTrue(matches("１２．５", List.of("12.5")));
        assertTrue(matches("12,5", List.of("12.5")), "decimal comma");
        assertTrue(matches("12.50", List.of("12.5")));
        assertTrue(matches("0,5", List.of("0.5")));
        assertFalse(matches("125", List.of("12.5")));
    }

    @Test
    void commas_every_three_digits_are_thousands() {
        assertTrue(matches("1,234", List.of("1234")));
        assertTrue(matches("１，２３４，５６７", List.of("1234567")));
        assertFalse(matches("1,234", List.of("1.234")));
    }

    @Test
    void a_number_keeps_its_unit_whichever_way_it_was_typed() {
        assertTrue(matches("１２ｃｍ", List.of("12cm")));
        assertTrue(matches("12㎝", List.of("12cm")), "the square cm symbol is NFKC's cm");
        assertTrue(matches("12,5 cm", List.of("12.5cm")));
        assertTrue(matches("３００ｍＬ", List.of("300mL")));
        assertFalse(matches("12m", List.of("12cm")));
        assertFalse(matches("12", List.of("12cm")), "the unit is part of the answer");
        assertEquals(new JapaneseAnswers.Quantity(new BigDecimal("12.5"), "cm"),
                JapaneseAnswers.quantity(JapaneseAnswers.normalise("１２，５　ｃｍ", AnswerRules.DEFAULT)).orElseThrow());
    }

    @Test
    void kanji_answers_compare_as_typed_after_width_and_spaces() {
        assertTrue(matches("地球 温暖化", List.of("地球温暖化")));
        assertFalse(matches("地球", List.of("地球温暖化")));
    }

    @Test
    void nothing_typed_is_never_right_and_bad_input_is_defined() {
        assertFalse(matches(null, List.of("")));
        assertFalse(matches("　", List.of("")));
        assertFalse(matches("\uD800", List.of("12")));
        assertTrue(matches("1\u202E2", List.of("12")), "a bidi override does not change the answer");
        assertThrows(NullPointerException.class, () -> matches("12", null));
    }
}
