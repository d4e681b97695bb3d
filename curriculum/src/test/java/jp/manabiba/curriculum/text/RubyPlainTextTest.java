package jp.manabiba.curriculum.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Adults' lists show an author's title as plain words: the bases of well-formed ruby, anything else as written. */
class RubyPlainTextTest {

    @Test
    void well_formed_ruby_becomes_its_base() {
        assertThat(RubySyntax.plain("{九九|くく}の れんしゅう")).isEqualTo("九九の れんしゅう");
        assertThat(RubySyntax.plain("{長|なが}さと {算数|さんすう}")).isEqualTo("長さと 算数");
    }

    @Test
    void malformed_ruby_and_plain_braces_stay_as_written() {
        assertThat(RubySyntax.plain("{漢字|}と {|かな}")).isEqualTo("{漢字|}と {|かな}");
        assertThat(RubySyntax.plain("ふつうの ぶん")).isEqualTo("ふつうの ぶん");
    }
}
