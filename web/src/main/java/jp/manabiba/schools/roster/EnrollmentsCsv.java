package jp.manabiba.schools.roster;

import java.util.List;

/** Reads enrollments.csv, where the Japan Profile puts the attendance number. */
final class EnrollmentsCsv {

    private EnrollmentsCsv() {
    }

    static List<RosterEnrollment> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            boolean toBeDeleted = fields.toBeDeleted();
            return new RosterEnrollment(
                    fields.required("sourcedId"),
                    fields.required("classSourcedId"),
                    fields.required("schoolSourcedId"),
                    fields.required("userSourcedId"),
                    fields.role("role"),
                    fields.bool("primary"),
                    fields.date("beginDate"),
                    fields.date("endDate"),
                    // K-12 Profile v1.0 writes shussekiNo and publicFlg, 第2版 ShussekiNo and PublicFlg: columns
                    // are matched without regard to case, so one name reads both.
                    fields.number("metadata.jp.shussekiNo"),
                    fields.bool("metadata.jp.publicFlg"),
                    row.line(),
                    toBeDeleted);
        }).toList();
    }
}
