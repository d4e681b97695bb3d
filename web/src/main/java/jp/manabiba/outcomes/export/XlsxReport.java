package jp.manabiba.outcomes.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.Figure;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A report as an Excel workbook: one sheet per indicator group, each starting with the report's title, organisations,
 * period and time of generation, then per indicator its definition and a table of figures (numbers as numbers so
 * that they can be summed; a suppressed figure as the text "&lt;5"); and a sheet of definitions and notes. POI's
 * cells hold text as text, so nothing typed into a name can run as a formula.
 */
@Component
public class XlsxReport {

    private final TranslationProvider translations;

    public XlsxReport(TranslationProvider translations) {
        this.translations = translations;
    }

    /** Writes the workbook to {@code out} (left open). */
    public void write(ReportModel report, Locale locale, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            String definitionsName = sheetName(text("document.report.definitions-sheet", locale), names);
            for (Map.Entry<String, List<ReportSection>> group : report.groups().entrySet()) {
                groupSheet(workbook.createSheet(sheetName(group.getKey(), names)), report, group.getValue(), styles, locale);
            }
            definitions(workbook.createSheet(definitionsName), report, styles, locale);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void groupSheet(Sheet sheet, ReportModel report, List<ReportSection> sections, Styles styles, Locale locale) {
        sheet.setColumnWidth(0, 34 * 256);
        for (int column = 1; column <= 3; column++) {
            sheet.setColumnWidth(column, 14 * 256);
        }
        int r = heading(sheet, report, styles, locale);
        for (ReportSection section : sections) {
            r++;
            text(sheet.createRow(r++), 0, section.indicatorCode() + "  " + section.title(), styles.bold);
            Row definition = sheet.createRow(r++);
            text(definition, 0, text("document.report.definition", locale), styles.label);
            text(definition, 1, section.definition(), styles.plain);
            Row unit = sheet.createRow(r++);
            text(unit, 0, text("document.report.unit", locale), styles.label);
            text(unit, 1, section.unit(), styles.plain);
            Row header = sheet.createRow(r++);
            String[] headers = {"document.report.label", "document.report.value", "document.report.target", "document.report.achieved"};
            for (int column = 0; column < headers.length; column++) {
                text(header, column, text(headers[column], locale), styles.header);
            }
            for (ReportRow figure : section.rows()) {
                Row row = sheet.createRow(r++);
                text(row, 0, figure.label(), styles.plain);
                switch (figure.value()) {
                    case Figure.Value(double amount) -> number(row, 1, amount, styles.number(amount));
                    case Figure.Suppressed suppressed -> text(row, 1, Figure.SUPPRESSED_TEXT, styles.suppressed);
                }
                if (figure.target() != null) {
                    number(row, 2, figure.target(), styles.number(figure.target()));
                }
                figure.achieved().ifPresent(share -> number(row, 3, Math.floor(share * 100) / 100, styles.percent));
            }
        }
    }

    /** Title, organisations, period and time at the top of a sheet; returns the next free row. */
    private int heading(Sheet sheet, ReportModel report, Styles styles, Locale locale) {
        text(sheet.createRow(0), 0, report.title(), styles.title);
        String[][] lines = {
                {text("document.report.organisation", locale), String.join("、", report.organisations())},
                {text("document.report.period", locale), report.period()},
                {text("document.report.generated-at", locale), report.generatedAtText()}};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(1 + i);
            text(row, 0, lines[i][0], styles.label);
            text(row, 1, lines[i][1], styles.plain);
        }
        return 1 + lines.length;
    }

    private void definitions(Sheet sheet, ReportModel report, Styles styles, Locale locale) {
        int[] widths = {20, 18, 30, 8, 80};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        int r = heading(sheet, report, styles, locale) + 1;
        Row header = sheet.createRow(r++);
        String[] headers = {"document.report.code", "document.report.group", "document.report.indicator",
                "document.report.unit", "document.report.definition"};
        for (int column = 0; column < headers.length; column++) {
            text(header, column, text(headers[column], locale), styles.header);
        }
        for (ReportSection section : report.sections()) {
            Row row = sheet.createRow(r++);
            String[] cells = {section.indicatorCode(), section.group(), section.title(), section.unit(), section.definition()};
            for (int column = 0; column < cells.length; column++) {
                text(row, column, cells[column], column == 4 ? styles.wrapped : styles.plain);
            }
        }
        r = notes(sheet, r + 1, text("document.report.method-notes", locale), report.methodNotes(), styles);
        notes(sheet, r + 1, text("document.report.suppression-notes", locale), report.suppressionNotes(), styles);
    }

    private static int notes(Sheet sheet, int r, String heading, List<String> notes, Styles styles) {
        text(sheet.createRow(r++), 0, heading, styles.bold);
        for (String note : notes) {
            text(sheet.createRow(r++), 0, note, styles.plain);
        }
        return r;
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\) and not yet used in this workbook. */
    static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "-" : wanted);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few cell styles, made once per workbook (Excel limits their number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle label;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle suppressed;

        Styles(XSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font strong = workbook.createFont();
            strong.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            bold = workbook.createCellStyle();
            bold.setFont(strong);
            label = workbook.createCellStyle();
            label.setFont(strong);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(strong);
            header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            plain = workbook.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0#"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            suppressed = workbook.createCellStyle();
            suppressed.setAlignment(HorizontalAlignment.RIGHT);
        }

        /** Whole numbers without a decimal point, others with one or two decimals. */
        CellStyle number(double value) {
            return value == Math.rint(value) ? integer : decimal;
        }
    }
}
