package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FuriganaCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return FuriganaCli.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prints_one_line_of_markup_per_line_read_and_nothing_else() {
        int status = run("公園で遊ぶ。\n\n高槻の芥川\n", "--grade", "1", "--dictionary", Fixtures.READINGS.toString());
        assertEquals(0, status);
        assertEquals("{公園|こうえん}で{遊|あそ}ぶ。\n\n{高槻|たかつき}の{芥川|あくたがわ}\n", out().replace("\r\n", "\n"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void check_lists_the_words_to_confirm() {
        assertEquals(0, run("市場で彁を見た\n", "--grade", "1", "--check"));
        String report = out();
        assertTrue(report.contains("1\t0\t市場\tしじょう\tSEVERAL_READINGS"), report);
        assertTrue(report.contains("1\t3\t彁\t?\tUNKNOWN_WORD"), report);
    }

    @Test
    void a_wrong_grade_is_refused_on_standard_error() {
        assertEquals(2, run("日本\n", "--grade", "13"));
        assertEquals("", out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 to 9"));
    }

    @Test
    void grade_all_puts_ruby_on_every_kanji() {
        assertEquals(0, run("山と川\n", "--grade", "all"));
        assertEquals("{山|やま}と{川|かわ}\n", out().replace("\r\n", "\n"));
    }
}
