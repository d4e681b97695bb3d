package jp.manabiba.schools.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file of the package: its header and rows, each row with the line it starts on. Column names are matched
 * without regard to case, because the two Japan Profile dialects spell the metadata columns differently
 * ({@code metadata.jp.ShussekiNo} and {@code metadata.jp.shussekiNo}); columns nobody asks for are ignored.
 */
final class CsvTable {

    /** RFC 4180 reads LF, CRLF and CR line ends alike; blank lines (e.g. a trailing one) are skipped. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One data row: the line it starts on (a quoted value may span lines) and its raw values. */
    record Row(int line, List<String> values) {
    }

    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** The table, or empty (with a problem) when the text is not CSV or has no header. */
    static @Nullable CsvTable parse(String file, String text, Problems problems) {
        LineIndex lines = new LineIndex(text);
        @Nullable List<String> header = null;
        List<Row> rows = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                nextLine = parser.getCurrentLineNumber() + 1; // line breaks read so far, inside quotes too
                List<String> values = record.toList();
                if (header == null) {
                    header = values;
                } else if (!values.stream().allMatch(String::isBlank)) { // Excel leaves rows of bare commas
                    if (values.size() != header.size()) {
                        problems.add(file, line, RosterProblem.COLUMN_COUNT,
                                String.valueOf(header.size()), String.valueOf(values.size()));
                    }
                    rows.add(new Row(line, values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV stops at the first broken record; it starts after the last good one.
            problems.add(file, (int) nextLine, RosterProblem.BAD_CSV);
            return null;
        }
        if (header == null) {
            problems.add(file, 0, RosterProblem.EMPTY_FILE);
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
        return new CsvTable(file, columns, List.copyOf(rows));
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return columns.containsKey(key(column));
    }

    /** Reports each missing column on the header line; true when none is missing. */
    boolean require(List<String> required, Problems problems) {
        boolean complete = true;
        for (String column : required) {
            if (!has(column)) {
                problems.add(file, 1, RosterProblem.MISSING_COLUMN, column);
                complete = false;
            }
        }
        return complete;
    }

    /** The value without surrounding blanks, or empty when the column is absent, the row short or the value blank. */
    @Nullable String value(Row row, String column) {
        @Nullable Integer index = columns.get(key(column));
        if (index == null || index >= row.values().size()) {
            return null;
        }
        String value = row.values().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** Turns the character position Commons CSV gives a record into a 1-based line number. */
    private static final class LineIndex {

        private final String text;
        private final int[] lineStarts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long characterPosition) {
            int position = (int) characterPosition;
            // The position of a record that follows skipped blank lines is where those lines begin.
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                position++;
            }
            int found = Arrays.binarySearch(lineStarts, position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
