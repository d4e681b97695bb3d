package jp.manabiba.outcomes.export;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jp.manabiba.i18n.TranslationProvider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV opens right in Japanese Excel and parses back to the figures, with no hidden count in it. */
class CsvReportTest {

    private final CsvReport csv = new CsvReport(new TranslationProvider());

    @Test
    void the_file_starts_with_a_bom_and_parses_back_one_line_per_figure() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(Reports.sample(), Locale.JAPANESE, out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(7);
        CSVRecord first = records.getFirst();
        assertThat(first.get("指標コード")).isEqualTo("HOUSEHOLDS_SUPPORTED");
        assertThat(first.get("区分")).isEqualTo("本町食堂");
        assertThat(first.get("実績")).isEqualTo("23");
        assertThat(first.get("目標")).isEqualTo("50");
        assertThat(first.get("団体")).isEqualTo("NPO法人 たかつき居場所ネット、富田こども食堂");
        assertThat(first.get("期間")).isEqualTo("2026年4月1日〜2027年3月31日");
        assertThat(first.get("作成日時")).isEqualTo("2027-04-02 09:30");
        assertThat(records.get(1).get("実績")).isEqualTo("<5");
        assertThat(records.get(3).get("実績")).isEqualTo("12.5");
        assertThat(records.get(6).get("実績")).isEqualTo("1234");
    }

    @Test
    void a_suppressed_count_and_a_formula_never_reach_the_file() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(Reports.sample(), Locale.JAPANESE, out);
        String text = out.toString(StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        CSVRecord hidden = records.get(1);
        assertThat(hidden.get("区分")).isEqualTo("富田ひろば");
        assertThat(hidden.toList()).noneMatch(cell -> cell.equals(String.valueOf(Reports.HIDDEN)));
        assertThat(records.get(2).get("区分")).isEqualTo("'=HYPERLINK(\"x\")");
    }

    @Test
    void in_english_the_headers_are_english() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(Reports.sample(), Locale.ENGLISH, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFGroup,Indicator code,Indicator,Definition,Unit,Breakdown,Result,Target");
    }
}
