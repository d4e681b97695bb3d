package jp.manabiba.research;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an export back, as a researcher's tool would: every sheet (or CSV file) as rows of text, header first. */
final class ExportReading {

    private ExportReading() {
    }

    static Map<String, List<List<String>>> xlsx(byte[] bytes) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /** The zip's CSV files by table name; each must start with the UTF-8 byte-order mark. */
    static Map<String, List<List<String>>> csvZip(byte[] bytes) {
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (!text.startsWith("\uFEFF")) {
                    throw new AssertionError(entry.getName() + " has no byte-order mark");
                }
                List<List<String>> rows = new ArrayList<>();
                for (CSVRecord record : CSVFormat.DEFAULT.parse(new java.io.StringReader(text.substring(1)))) {
                    rows.add(record.toList());
                }
                files.put(entry.getName().replace(".csv", ""), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The values of one column (by its code in the header row), data rows only. */
    static List<String> column(List<List<String>> table, String code) {
        int index = table.getFirst().indexOf(code);
        if (index < 0) {
            throw new AssertionError("no column " + code + " in " + table.getFirst());
        }
        return table.subList(1, table.size()).stream().map(row -> index < row.size() ? row.get(index) : "").toList();
    }
}
