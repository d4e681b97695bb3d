package jp.manabiba.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of stored text, without Spring (issue 8, points 12 and 13). */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001Bb", "a\rb", "a\nb", "abc\u202Etxt.exe", "a\u200Fb", "a\u2067b", "a\u2028b",
            "\uFEFFa", "a\uD800", "\uDC00a", "a\u0085b"})
    void a_line_with_control_direction_or_broken_characters_is_refused(String value) {
        assertThatThrownBy(() -> TextRules.line("name", value, 100)).isInstanceOfSatisfying(InvalidInput.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(TextRules.CHARACTERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田 太郎", "𠮷野", "👨‍👩‍👧", "葛\uDB40\uDD00城", "O'Brien <b>", "Ｏｎｅ"})
    void names_of_every_script_emoji_sequences_and_variation_selectors_are_kept(String value) {
        assertThat(TextRules.line("name", value, 100)).isEqualTo(value);
    }

    @Test
    void a_note_keeps_line_breaks_and_tabs_but_no_other_control_character() {
        assertThat(TextRules.text("note", "一\r\n二\t三", 100)).isEqualTo("一\r\n二\t三");
        assertThatThrownBy(() -> TextRules.text("note", "一\u0007", 100)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void length_is_counted_in_characters_as_the_database_counts_them() {
        assertThat(TextRules.line("name", "😀".repeat(50), 50)).hasSize(100);
        assertThatThrownBy(() -> TextRules.line("name", "😀".repeat(51), 50)).isInstanceOfSatisfying(InvalidInput.class,
                refusal -> assertThat(refusal.arguments()).containsExactly(50));
    }

    @Test
    void half_width_kana_is_read_as_full_width_katakana() {
        assertThat(TextRules.kana("kana", "ﾔﾏﾀﾞ", 100)).isEqualTo("ヤマダ");
        assertThat(TextRules.kana("kana", " ｼｹﾝ ", 100)).isEqualTo("シケン");
    }

    @Test
    void a_blank_optional_value_is_absent_and_a_blank_required_one_refused() {
        assertThat(TextRules.optionalLine("district", " \u3000", 100)).isNull();
        assertThatThrownBy(() -> TextRules.line("name", " ", 100)).isInstanceOfSatisfying(InvalidInput.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(TextRules.REQUIRED));
    }

    @Test
    void fitting_never_splits_a_character() {
        assertThat(TextRules.fit("😀".repeat(60), 50)).isEqualTo("😀".repeat(50));
    }
}
