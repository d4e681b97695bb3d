package jp.manabiba.base.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Japanese lines break without spaces, within the width, and never before 。 or 、. */
class PdfTextTest {

    @Test
    void japanese_text_breaks_within_the_width_and_keeps_punctuation_on_the_line_before() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PdfFonts.japanese(document);
            String text = "子どもが安心して学べる居場所を、地域のみんなでつくります。学習支援は毎週水曜日に行います。";

            List<String> lines = PdfText.wrap(font, 12, text, 120);

            assertThat(lines).hasSizeGreaterThan(3);
            assertThat(String.join("", lines)).isEqualTo(text);
            assertThat(lines).allSatisfy(line -> {
                assertThat(PdfText.width(font, 12, line)).isLessThanOrEqualTo(120f);
                assertThat(line).doesNotStartWith("、").doesNotStartWith("。");
            });
        }
    }

    @Test
    void latin_words_break_at_spaces_and_a_line_break_starts_a_new_line() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PdfFonts.japanese(document);

            List<String> lines = PdfText.wrap(font, 12, "Learning support every Wednesday\nat the community centre", 150);

            assertThat(lines).contains("at the community centre");
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
            assertThat(lines.getFirst()).isIn("Learning support every", "Learning support");
        }
    }

    @Test
    void text_that_is_too_long_is_cut_with_an_ellipsis() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PdfFonts.japanese(document);

            String cut = PdfText.fit(font, 12, "たかつき子ども食堂ネットワーク学習支援室", 80);

            assertThat(cut).endsWith("…").startsWith("たかつき");
            assertThat(PdfText.width(font, 12, cut)).isLessThanOrEqualTo(80f);
        }
    }
}
