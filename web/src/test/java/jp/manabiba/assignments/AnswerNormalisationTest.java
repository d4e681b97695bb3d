package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each switch of a short answer's rules, on and off, and numbers as a Japanese IME types them. */
class AnswerNormalisationTest {

    private static final ShortAnswerRules NONE = new ShortAnswerRules(false, false, false);

    @Test
    void width_on_makes_full_and_half_width_alike_and_off_keeps_them_apart() {
        ShortAnswerRules width = new ShortAnswerRules(true, false, false);
        assertThat(ShortAnswerMatch.matches("ＡＢＣ１２３", List.of("abc123"), width)).isTrue();
        assertThat(ShortAnswerMatch.matches("ｶﾀｶﾅ", List.of("カタカナ"), width)).isTrue();
        assertThat(ShortAnswerMatch.matches("コーヒ-", List.of("コーヒー"), width)).isTrue();
        assertThat(ShortAnswerMatch.matches("ＡＢＣ１２３", List.of("abc123"), NONE)).isFalse();
        assertThat(ShortAnswerMatch.matches("ｶﾀｶﾅ", List.of("カタカナ"), NONE)).isFalse();
    }

    @Test
    void kana_on_makes_hiragana_and_katakana_alike_and_off_keeps_them_apart() {
        ShortAnswerRules kana = new ShortAnswerRules(false, true, false);
        assertThat(ShortAnswerMatch.matches("リンゴ", List.of("りんご"), kana)).isTrue();
        assertThat(ShortAnswerMatch.matches("りんご", List.of("リンゴ"), kana)).isTrue();
        assertThat(ShortAnswerMatch.matches("リンゴ", List.of("りんご"), NONE)).isFalse();
    }

    @Test
    void spaces_on_ignores_every_space_and_off_only_those_around() {
        ShortAnswerRules spaces = new ShortAnswerRules(false, false, true);
        assertThat(ShortAnswerMatch.matches("ふじ　さん", List.of("ふじさん"), spaces)).isTrue();
        assertThat(ShortAnswerMatch.matches("ふ じ さ ん", List.of("ふじさん"), spaces)).isTrue();
        assertThat(ShortAnswerMatch.matches("ふじ　さん", List.of("ふじさん"), NONE)).isFalse();
        assertThat(ShortAnswerMatch.matches("  ふじさん ", List.of("ふじさん"), NONE)).isTrue();
    }

    @Test
    void any_accepted_answer_counts_latin_ignores_case_and_nothing_typed_never_matches() {
        assertThat(ShortAnswerMatch.matches("Tokyo", List.of("とうきょう", "東京", "tokyo"), ShortAnswerRules.DEFAULT)).isTrue();
        assertThat(ShortAnswerMatch.matches("東京", List.of("とうきょう", "東京"), ShortAnswerRules.DEFAULT)).isTrue();
        assertThat(ShortAnswerMatch.matches("　", List.of(""), ShortAnswerRules.DEFAULT)).isFalse();
    }

    @Test
    void numbers_typed_with_a_japanese_ime_are_read() {
        assertThat(TypedNumber.read("１２．５")).hasValueSatisfying(r -> {
            assertThat(r.value()).isEqualByComparingTo(new BigDecimal("12.5"));
            assertThat(r.unit()).isEmpty();
        });
        assertThat(TypedNumber.read("−３")).hasValueSatisfying(r -> assertThat(r.value()).isEqualByComparingTo("-3"));
        assertThat(TypedNumber.read("ー３")).hasValueSatisfying(r -> assertThat(r.value()).isEqualByComparingTo("-3"));
        assertThat(TypedNumber.read("1,234")).hasValueSatisfying(r -> assertThat(r.value()).isEqualByComparingTo("1234"));
        assertThat(TypedNumber.read("１２ ｃｍ")).hasValueSatisfying(r -> assertThat(r.unit()).isEqualTo("cm"));
        assertThat(TypedNumber.read("12㎝")).hasValueSatisfying(r -> assertThat(r.unit()).isEqualTo("cm"));
        assertThat(TypedNumber.read("じゅうに")).isEmpty();
        assertThat(TypedNumber.read("")).isEmpty();
    }
}
