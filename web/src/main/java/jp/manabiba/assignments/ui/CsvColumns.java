package jp.manabiba.assignments.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import jp.manabiba.base.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The columns of a results grid and of its CSV, declared once so that the file says what the screen says. The CSV
 * is written as the audit log's export is (Commons CSV, UTF-8 with a BOM so that Excel reads the Japanese), through
 * a download link; a text cell that a spreadsheet would take for a formula is written with a leading apostrophe.
 */
final class CsvColumns<T> {

    private record Column<T>(String header, Function<T, String> value) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    CsvColumns<T> add(String header, Function<T, String> value) {
        columns.add(new Column<>(header, value));
        return this;
    }

    void addTo(Grid<T> grid) {
        columns.forEach(column -> grid.addColumn(column.value()::apply).setHeader(column.header()).setAutoWidth(true));
    }

    /** A link that downloads the rows {@code rows} gives at the moment of the click. */
    Anchor download(String fileName, String label, Supplier<List<T>> rows) {
        DownloadHandler csv = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                write(rows.get(), out);
            }
        };
        Anchor anchor = new Anchor(csv, AttachmentType.DOWNLOAD, label);
        anchor.addClassName("export-link");
        return anchor;
    }

    void write(List<T> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(headers).get().print(out)) {
            for (T row : rows) {
                csv.printRecord(columns.stream().map(column -> inert(column.value().apply(row))).toList());
            }
        }
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
    private static String inert(String cell) {
        return SpreadsheetText.inert(cell);
    }
}
