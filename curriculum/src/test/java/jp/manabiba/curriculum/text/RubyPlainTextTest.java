package jp.manabiba.curriculum.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Adults' lists show an author's title as plain words: the bases of well-formed ruby, anything else as written. */
class RubyPlainTextTest {

    @Test
    void well_formed_ruby_becomes_its_base() {
        assertEquals("九九の れんしゅう", RubySyntax.plain("{九九|くく}の れんしゅう"));
        assertEquals("長さと 算数", RubySyntax.plain("{長|なが}さと {算数|さんすう}"));
    }

    @Test
    void malformed_ruby_and_plain_braces_stay_as_written() {
        assertEquals("{漢字|}と {|かな}", RubySyntax.plain("{漢字|}と {|かな}"));
        assertEquals("ふつうの ぶん", RubySyntax.plain("ふつうの ぶん"));
    }
}
