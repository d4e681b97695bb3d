package jp.manabiba.curriculum.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChildMarkdownTest {

    private final ChildMarkdown markdown = new ChildMarkdown(Fixtures.engine(), "https://manabiba.example.jp");

    private static final Set<String> ALLOWED = Set.of("body", "p", "br", "ul", "ol", "li", "strong", "em", "a", "img",
            "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "ruby", "rt");

    private String html(String source, int grade) {
        return markdown.render(source, ReaderGrade.of(grade)).html();
    }

    @Test
    void paragraphs_emphasis_and_lists_get_ruby_for_the_reader() {
        assertEquals("<p><strong><ruby>公園<rt>こうえん</rt></ruby></strong>で<ruby>遊<rt>あそ</rt></ruby>ぶ</p>\n"
                + "<ul>\n<li><em><ruby>芥川<rt>あくたがわ</rt></ruby></em></li>\n</ul>\n",
                html("**公園**で遊ぶ\n\n- *芥川*", 1));
        assertEquals("<p><strong>公園</strong>で遊ぶ</p>\n", html("**公園**で遊ぶ", 3));
    }

    @Test
    void explicit_ruby_shows_for_every_grade_and_not_when_furigana_is_off() {
        assertEquals("<p><ruby>明日<rt>あす</rt></ruby>の<ruby>宿題<rt>しゅくだい</rt></ruby></p>\n",
                html("{明日|あす}の宿題", 1));
        assertEquals("<p><ruby>明日<rt>あす</rt></ruby>の天気</p>\n", html("{明日|あす}の天気", 6));
        assertEquals("<p>明日の天気</p>\n", markdown.renderWithoutRuby("{明日|あす}の天気").html());
    }

    @Test
    void https_links_tables_and_manabiba_images_are_kept() {
        String html = html("""
                [高槻市](https://www.city.takatsuki.osaka.jp/)

                ![川の写真](/media/river.jpg)

                | 名前 | 数 |
                |---|--:|
                | 芥川 | 3 |
                """, 9);
        assertTrue(html.contains("<a href=\"https://www.city.takatsuki.osaka.jp/\" rel=\"noopener noreferrer nofollow\">"),
                html);
        assertTrue(html.contains("<img src=\"/media/river.jpg\" alt=\"川の写真\">"), html);
        assertTrue(html.contains("<table>") && html.contains("<td align=\"right\">3</td>"), html);
    }

    @Test
    void links_that_are_not_https_and_foreign_images_become_their_text_and_are_reported() {
        var result = markdown.render("[ここ](http://example.com)\n\n![写真](https://evil.example/x.png)", ReaderGrade.ADULT);
        assertEquals("<p>ここ</p>\n<p>写真</p>\n", result.html());
        assertEquals(List.of(new MarkupProblem(1, 1, "links must be https://: http://example.com"),
                new MarkupProblem(3, 1, "images must be hosted by Manabiba (/media/…): https://evil.example/x.png")),
                result.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](/media/a.png\" onerror=\"alert(1))",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "[x](https://ok.example \"t\" onmouseover=alert(1))",
            "<<script>script>alert(1)<</script>/script>",
            "{<script>alert(1)</script>|かな}",
            "{漢字|<img src=x onerror=alert(1)>}",
            "[x](&#106;avascript:alert(1))",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<details open ontoggle=alert(1)>",
    })
    void no_known_xss_payload_survives(String payload) {
        for (int grade : new int[] {1, 9}) {
            String html = html(payload, grade);
            // what the browser would build from it: escaped text is harmless, elements and attributes are not
            var body = Jsoup.parseBodyFragment(html).body();
            for (Element element : body.getAllElements()) {
                assertTrue(ALLOWED.contains(element.tagName()), element.tagName() + " in " + html);
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertTrue(Set.of("href", "src", "alt", "rel", "align").contains(name), name + " in " + html);
                    if (name.equals("href") || name.equals("src")) {
                        assertTrue(value.startsWith("https://") || value.startsWith("/media/"), value + " in " + html);
                    }
                }
            }
        }
    }

    @Test
    void ruby_inside_a_table_cell_escapes_its_bar() {
        String html = html("| 川 |\n|---|\n| {芥川\\|あくたがわ}と淀川 |\n", 1);
        assertTrue(html.contains("<td><ruby>芥川<rt>あくたがわ</rt></ruby>と<ruby>淀川<rt>よどがわ</rt></ruby></td>"), html);
        assertEquals(List.of(), markdown.problems("| 川 |\n|---|\n| {芥川\\|あくたがわ} |\n"));
    }

    @Test
    void raw_html_is_shown_as_text() {
        assertEquals("<p>&lt;b&gt;太字&lt;/b&gt;</p>\n", html("<b>太字</b>", 9));
    }

    @Test
    void malformed_ruby_is_reported_with_its_position_and_shown_as_written() {
        String source = "{漢字|}と{|かな}\n{漢字|kanji}\n{{漢|かん}字|かんじ}\n閉じない{漢字|かんじ";
        var result = markdown.render(source, ReaderGrade.ADULT);
        assertEquals(List.of(
                new MarkupProblem(1, 1, "ruby without a reading: {漢字|}"),
                new MarkupProblem(1, 7, "ruby without a base: {|かな}"),
                new MarkupProblem(2, 1, "the reading of 漢字 is not kana: kanji"),
                new MarkupProblem(3, 2, "ruby inside ruby (nested '{')"),
                new MarkupProblem(3, 13, "'}' without a '{' before it"),
                new MarkupProblem(4, 5, "ruby '{' is not closed")), result.problems());
        assertTrue(result.html().startsWith("<p>{漢字|}と{|かな}\n{漢字|kanji}\n{<ruby>漢<rt>かん</rt></ruby>字|かんじ}\n"),
                result.html());
    }

    @Test
    void a_hundred_thousand_characters_of_markdown_render_without_a_hang() {
        String paragraph = "**芥川**の水を{守|まも}るために、わたしたちにできることを考えよう。[高槻市](https://www.city.takatsuki.osaka.jp/)\n\n";
        String source = paragraph.repeat(100_000 / paragraph.length() + 1).substring(0, 100_000);
        var result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> markdown.render(source, ReaderGrade.of(1)));
        assertTrue(result.html().startsWith("<p><strong><ruby>芥川<rt>あくたがわ</rt></ruby></strong>"), result.html().substring(0, 80));
    }

    @Test
    void bad_input_gives_a_defined_result() {
        assertThrows(NullPointerException.class, () -> markdown.render(null, ReaderGrade.of(1)));
        assertEquals("", html("", 1));
        assertEquals("<p>\uFFFD公園</p>\n", html("\uD800\u202E公園", 3));
        assertThrows(IllegalArgumentException.class, () -> new ChildMarkdown(Fixtures.engine(), "http://x"));
    }
}
