package jp.manabiba.outcomes.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.manabiba.base.SpreadsheetText;
import jp.manabiba.i18n.TranslationProvider;
import jp.manabiba.outcomes.chart.Figure;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A report as one flat CSV table, one line per figure, each line saying its indicator, definition, organisation and
 * period, so that a researcher can filter and pivot it. UTF-8 with a byte-order mark (Japanese Excel then reads it
 * right, as the audit export does); numbers as plain numbers, a suppressed figure as the text "&lt;5"; text cells
 * made inert against formula injection.
 */
@Component
public class CsvReport {

    private static final String[] HEADER_KEYS = {"document.report.group", "document.report.code", "document.report.indicator",
            "document.report.definition", "document.report.unit", "document.report.label", "document.report.value",
            "document.report.target", "document.report.organisation", "document.report.period", "document.report.generated-at"};

    private final TranslationProvider translations;

    public CsvReport(TranslationProvider translations) {
        this.translations = translations;
    }

    /** Writes the CSV to {@code out} (left open) as UTF-8 with a BOM. */
    public void write(ReportModel report, Locale locale, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            String[] header = new String[HEADER_KEYS.length];
            for (int i = 0; i < header.length; i++) {
                header[i] = translations.getTranslation(HEADER_KEYS[i], locale);
            }
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer);
            String organisations = String.join("、", report.organisations());
            for (ReportSection section : report.sections()) {
                for (ReportRow row : section.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (String text : List.of(section.group(), section.indicatorCode(), section.title(),
                            section.definition(), section.unit(), row.label())) {
                        cells.add(SpreadsheetText.inert(text));
                    }
                    cells.add(value(row.value()));
                    cells.add(row.target() == null ? "" : ReportNumbers.plain(row.target()));
                    cells.add(SpreadsheetText.inert(organisations));
                    cells.add(SpreadsheetText.inert(report.period()));
                    cells.add(report.generatedAtText());
                    csv.printRecord(cells);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(Figure figure) {
        return switch (figure) {
            case Figure.Value(double amount) -> ReportNumbers.plain(amount);
            case Figure.Suppressed suppressed -> Figure.SUPPRESSED_TEXT;
        };
    }
}
