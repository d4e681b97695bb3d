package jp.manabiba.training.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jp.manabiba.i18n.TranslationProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate read back with PDFBox: what it says is extractable text, in the embedded Japanese font. */
class CertificatePdfTest {

    private final CertificatePdf certificates = new CertificatePdf(new TranslationProvider());

    static CertificateContent content(String name, String title) {
        return new CertificateContent(name, CompletionKind.MODULE, title, new BigDecimal("1.5"),
                LocalDate.of(2026, 11, 28), "NPO法人 たかつき居場所ネット", "K7MX2-Q9RTD", LocalDate.of(2026, 12, 1));
    }

    @Test
    void the_name_the_module_and_the_code_can_be_read_back() throws Exception {
        byte[] pdf = certificates.render(content("山田 花子", "子どもの安全を守るために（セーフガーディング）"), Locale.JAPANESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("修了証", "山田 花子", "子どもの安全を守るために", "K7MX2-Q9RTD", "検証コード",
                    "1.5 時間", "2026年11月28日", "NPO法人 たかつき居場所ネット");
        }
    }

    @Test
    void the_japanese_font_is_embedded_as_a_subset() throws Exception {
        byte[] pdf = certificates.render(content("髙﨑 結衣", "個人情報の取り扱い"), Locale.JAPANESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            COSName name = resources.getFontNames().iterator().next();
            PDFont font = resources.getFont(name);
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset's name starts with a six-letter tag").matches("[A-Z]{6}\\+NotoSansJP-Regular");
            assertThat(new PDFTextStripper().getText(document)).contains("髙﨑 結衣");
        }
        assertThat(pdf.length).as("only the used glyphs are embedded, not the 2.6 MB font").isLessThan(150_000);
    }

    @Test
    void a_character_the_font_lacks_prints_as_a_geta_mark_instead_of_failing() throws Exception {
        byte[] pdf = certificates.render(content("𠮷田 太郎", "研修"), Locale.JAPANESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("〓田 太郎");
        }
    }

    @Test
    void every_kind_of_completion_has_its_label_in_every_language() throws Exception {
        for (CompletionKind kind : CompletionKind.values()) {
            for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
                CertificateContent track = new CertificateContent("山田 花子", kind, "保育士OG 研修コース", BigDecimal.TEN,
                        LocalDate.of(2026, 11, 28), "たかつき居場所ネット", "K7MX2-Q9RTD", LocalDate.of(2026, 12, 1));
                try (PDDocument document = Loader.loadPDF(certificates.render(track, locale))) {
                    assertThat(new PDFTextStripper().getText(document)).as("%s in %s", kind, locale).doesNotContain("!document");
                }
            }
        }
    }

    @Test
    void in_english_the_headings_are_english() throws Exception {
        byte[] pdf = certificates.render(content("Maria Santos", "Running a learning-support session"), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Certificate of completion", "Maria Santos", "Verification code", "1.5 hours");
        }
    }
}
