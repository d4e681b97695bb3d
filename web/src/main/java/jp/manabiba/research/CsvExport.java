package jp.manabiba.research;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tables as CSV files in one zip (Apache Commons CSV): one file a table, UTF-8 with a byte-order mark so that
 * Japanese Excel opens them right, the column codes as the header.
 */
final class CsvExport {

    static final String CONTENT_TYPE = "application/zip";

    private CsvExport() {
    }

    static byte[] write(List<ResearchTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ResearchTable table : tables) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8); // not closed: that would close the zip
                out.write('\uFEFF');
                CSVPrinter csv = CSVFormat.DEFAULT.builder()
                        .setHeader(table.columns().stream().map(ResearchTable.Column::code).toArray(String[]::new))
                        .get().print(out);
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row);
                }
                csv.flush();
                zip.closeEntry();
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }
}
