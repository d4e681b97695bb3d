package jp.manabiba.outcomes.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.manabiba.i18n.TranslationProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook read back with POI: a sheet per group and one of definitions, numbers as numbers, "<5" as text. */
class XlsxReportTest {

    private final XlsxReport xlsx = new XlsxReport(new TranslationProvider());

    @Test
    void one_sheet_per_group_with_the_period_and_organisations_at_the_top_and_a_sheet_of_definitions() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            assertThat(sheetNames(workbook)).containsExactly("学びの支援", "担い手の育成", "定義");
            Sheet support = workbook.getSheet("学びの支援");
            assertThat(text(support, 0, 0)).isEqualTo("令和8年度 学びの支援 成果報告");
            assertThat(text(support, 1, 0)).isEqualTo("団体");
            assertThat(text(support, 1, 1)).isEqualTo("NPO法人 たかつき居場所ネット、富田こども食堂");
            assertThat(text(support, 2, 1)).isEqualTo("2026年4月1日〜2027年3月31日");
            Sheet definitions = workbook.getSheet("定義");
            assertThat(allText(definitions)).contains("HOUSEHOLDS_SUPPORTED", "年度内に学習支援の記録が1回以上ある世帯の数（重複なし）。",
                    "集計方法について", "子どもや世帯を数える値が5未満のときは「<5」と表示し、数を示していません。");
        }
    }

    @Test
    void figures_are_numbers_a_suppressed_figure_is_the_text_less_than_five_and_its_count_is_nowhere() throws Exception {
        try (XSSFWorkbook workbook = written()) {
            Sheet support = workbook.getSheet("学びの支援");
            Row shown = rowLabelled(support, "本町食堂");
            assertThat(shown.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(shown.getCell(1).getNumericCellValue()).isEqualTo(23);
            assertThat(shown.getCell(2).getNumericCellValue()).isEqualTo(50);
            assertThat(shown.getCell(3).getNumericCellValue()).isEqualTo(0.46);
            Row hidden = rowLabelled(support, "富田ひろば");
            assertThat(hidden.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hidden.getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(hidden.getCell(3)).as("no share of target for a hidden count").isNull();
            assertThat(rowLabelled(support, "ネットワーク全体").getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(rowLabelled(support, "=HYPERLINK(\"x\")").getCell(0).getCellType()).as("a name is never a formula")
                    .isEqualTo(CellType.STRING);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            assertThat(rowLabelled(workbook.getSheet("担い手の育成"), "大学生").getCell(1).getNumericCellValue()).isEqualTo(1234);
        }
    }

    @Test
    void sheet_names_are_made_safe_and_unique() {
        Set<String> used = new HashSet<>();

        assertThat(XlsxReport.sheetName("学び/支援[1]", used)).isEqualTo("学び 支援 1 ");
        assertThat(XlsxReport.sheetName("とても長い指標グループの名前はエクセルのシート名の三十一文字を超えてしまう", used)).hasSizeLessThanOrEqualTo(31);
        assertThat(XlsxReport.sheetName("定義", used)).isEqualTo("定義");
        assertThat(XlsxReport.sheetName("定義", used)).isEqualTo("定義 (2)");
    }

    private XSSFWorkbook written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(Reports.sample(), Locale.JAPANESE, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> allText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
    }
}
