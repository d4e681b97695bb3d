package jp.manabiba.outcomes.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.ChartPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF report read back with PDFBox: Japanese text extractable, "<5" where suppressed and never the count. */
class PdfReportTest {

    private final TranslationProvider translations = new TranslationProvider();
    private final PdfReport pdf = new PdfReport(translations, new ChartPdf(translations));

    @Test
    void the_cover_summary_indicators_and_notes_read_back_in_japanese() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(Reports.sample(), Locale.JAPANESE))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("令和8年度 学びの支援 成果報告", "団体：NPO法人 たかつき居場所ネット、富田こども食堂",
                    "期間：2026年4月1日〜2027年3月31日").doesNotContain("ページ");
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("目標に対する実績", "HOUSEHOLDS_SUPPORTED", "学習支援を受けた世帯数", "研修を修了した担い手",
                    "年度内に学習支援の記録が1回以上ある世帯の数", "居場所ごとの支援世帯数", "目標に対する修了者数",
                    "集計方法について", "小さな数の非表示について", "1,234", "2 / " + document.getNumberOfPages() + " ページ");
        }
    }

    @Test
    void a_suppressed_figure_reads_less_than_five_and_its_count_is_nowhere() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(Reports.sample(), Locale.JAPANESE))) {
            List<String> lines = Arrays.asList(new PDFTextStripper().getText(document).split("\\R"));

            List<String> hidden = lines.stream().filter(line -> line.contains("富田ひろば")).toList();
            assertThat(hidden).as("the summary, the indicator's table and the chart").hasSizeGreaterThanOrEqualTo(3);
            assertThat(hidden).allSatisfy(line -> assertThat(line).contains("<5")
                    .doesNotContainPattern("(?<![\\d,.])" + Reports.HIDDEN + "(?![\\d,.])"));
        }
    }

    @Test
    void the_font_is_embedded_and_the_english_report_has_english_headings() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(Reports.sample(), Locale.ENGLISH))) {
            var resources = document.getPage(1).getResources();
            var font = resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(new PDFTextStripper().getText(document)).contains("Results against targets", "Definition:",
                    "How the figures are counted", "Page 2 of");
        }
    }
}
