package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BadInputTest {

    private final FuriganaEngine engine = Fixtures.engine();

    @Test
    void null_text_or_grade_is_refused_with_a_message() {
        var e = assertThrows(NullPointerException.class, () -> engine.annotate(null, ReaderGrade.of(1)));
        assertTrue(e.getMessage().contains("must not be null"));
        assertThrows(NullPointerException.class, () -> engine.annotate("日本", null));
    }

    @Test
    void grades_0_and_13_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> ReaderGrade.of(0));
        var e = assertThrows(IllegalArgumentException.class, () -> ReaderGrade.of(13));
        assertEquals("A reader's grade is 1 to 9 (elementary 1-6, junior high 7-9), not 13", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReaderGrade.parse("二"));
        assertThrows(IllegalArgumentException.class, () -> ReaderGrade.parse("0"), "0 is a slip, not every kanji");
    }

    @Test
    void empty_text_gives_no_segments() {
        assertEquals(0, engine.annotate("", ReaderGrade.of(1)).segments().size());
    }

    @Test
    void a_hundred_thousand_characters_are_annotated_without_a_hang() {
        String lesson = "高槻市の芥川では、春になるとアユが川を上ります。私たちは川の水をきれいに保つために何ができるでしょうか。\n";
        String text = lesson.repeat(100_000 / lesson.length() + 1).substring(0, 100_000);
        var result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> engine.annotate(text, ReaderGrade.of(1)));
        assertEquals(text, result.plainText());
    }

    @Test
    void the_time_limit_returns_the_rest_of_the_text_without_ruby() {
        var hurried = engine.withTimeLimit(Duration.ZERO);
        String text = "公園で遊ぶ。".repeat(50);
        var result = hurried.annotate(text, ReaderGrade.of(1));
        assertEquals(text, result.plainText());
        assertTrue(result.segments().stream().filter(RubySegment::hasRuby).count() <= 2,
                "at most the first word before the limit was seen");
    }

    @Test
    void unpaired_surrogates_control_characters_and_bidi_overrides_give_a_defined_result() {
        String text = "公園\uD800で\u0007遊\u202Eぶ\uDC00。\t😀";
        var result = engine.annotate(text, ReaderGrade.of(1));
        assertEquals("{公園|こうえん}\uFFFDで{遊|あそ}ぶ\uFFFD。\t😀", result.markup());
    }

    @Test
    void mixed_scripts_pass_through() {
        String text = "Xin chào! 안녕 مرحبا Привет 123 ＡＢＣ";
        assertEquals(text, engine.annotate(text, ReaderGrade.of(1)).markup());
    }

    @Test
    void unbalanced_or_empty_explicit_ruby_is_left_as_written() {
        assertEquals("{漢字|}と{|かな}と{", engine.annotate("{漢字|}と{|かな}と{", ReaderGrade.of(9)).markup());
    }
}
