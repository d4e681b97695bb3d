package jp.manabiba.schools.roster;

import java.util.List;

/** Reads academicSessions.csv. */
final class AcademicSessionsCsv {

    /** OneRoster 1.2 session types; the Japan Profile uses schoolYear (年度). */
    static final List<String> TYPES = List.of("gradingPeriod", "semester", "schoolYear", "term");

    private AcademicSessionsCsv() {
    }

    static List<RosterAcademicSession> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            boolean toBeDeleted = fields.toBeDeleted();
            return new RosterAcademicSession(
                    fields.required("sourcedId"),
                    fields.required("title"),
                    fields.oneOf("type", TYPES, true),
                    fields.requiredDate("startDate"),
                    fields.requiredDate("endDate"),
                    fields.text("parentSourcedId"),
                    fields.requiredNumber("schoolYear"),
                    row.line(),
                    toBeDeleted);
        }).toList();
    }
}
