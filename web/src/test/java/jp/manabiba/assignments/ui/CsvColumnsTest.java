package jp.manabiba.assignments.ui;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A results CSV: BOM first, the declared header, one record per row, and no cell a spreadsheet would run. */
class CsvColumnsTest {

    record Line(String name, int score) {
    }

    @Test
    void the_file_starts_with_a_bom_and_a_cell_that_looks_like_a_formula_is_written_as_text() throws Exception {
        CsvColumns<Line> columns = new CsvColumns<Line>().add("名前", Line::name).add("点数", l -> String.valueOf(l.score()));
        StringWriter out = new StringWriter();

        columns.write(List.of(new Line("青木 そら", 8), new Line("=HYPERLINK(\"x\")", 0), new Line("@SUM(A1)", 3)), out);

        assertThat(out.toString()).isEqualTo("\uFEFF名前,点数\r\n青木 そら,8\r\n\"'=HYPERLINK(\"\"x\"\")\",0\r\n'@SUM(A1),3\r\n");
    }
}
