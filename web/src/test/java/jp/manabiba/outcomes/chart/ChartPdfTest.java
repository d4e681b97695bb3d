package jp.manabiba.outcomes.chart;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import jp.manabiba.base.pdf.PdfFonts;
import jp.manabiba.i18n.TranslationProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Charts drawn into a PDF page: their labels and figures are real, extractable, upright text. */
class ChartPdfTest {

    private final ChartPdf charts = new ChartPdf(new TranslationProvider());

    @Test
    void the_labels_and_figures_of_each_kind_of_chart_read_back_from_the_page() throws Exception {
        String text = drawn(Charts.trainedSupporters(), Charts.householdsBySite(), Charts.attendanceByMonth());

        assertThat(text).contains("研修を修了した担い手", "保育士OG", "38 / 45（84%）", "<5 / 45", "目標",
                "居場所ごとの支援世帯数", "本町食堂", "富田ひろば", "<script>&\"高槻\"",
                "月ごとの参加児童数", "4月", "9月", "小学生", "中学生", "5未満の数");
    }

    private String drawn(Chart... drawn) throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfFonts.japanese(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = PDRectangle.A4.getHeight() - 40;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                for (Chart chart : drawn) {
                    float height = charts.height(chart, font, 480, Locale.JAPANESE);
                    assertThat(height).isGreaterThan(40f);
                    charts.draw(stream, font, chart, new PDRectangle(56, top - height, 480, height), Locale.JAPANESE);
                    top -= height + 20;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument back = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(back);
        }
    }
}
