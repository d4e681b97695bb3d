package jp.manabiba.schools.roster;

import java.util.List;

/**
 * Reads the files Manabiba does not use row by row (courses.csv, demographics.csv, userProfiles.csv) only as far as
 * checking them: ids, status, grades. A package with a broken optional file is still a broken export.
 */
final class PlainRows {

    /** The id and place of a row, for the duplicate and reference checks. */
    record IdRow(String sourcedId, int line) {
    }

    private PlainRows() {
    }

    static List<IdRow> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            fields.toBeDeleted();
            if (table.has("grades")) {
                fields.grades("grades");
            }
            return new IdRow(fields.required("sourcedId"), row.line());
        }).toList();
    }
}
