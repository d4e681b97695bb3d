package jp.manabiba.schools.roster;

import java.util.List;

/** Reads orgs.csv. */
final class OrgsCsv {

    /** OneRoster 1.2 org types; the Japan Profile uses school and district (the board of education). */
    static final List<String> TYPES = List.of("department", "school", "district", "local", "state", "national");

    private OrgsCsv() {
    }

    static List<RosterOrg> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            boolean toBeDeleted = fields.toBeDeleted();
            return new RosterOrg(
                    fields.required("sourcedId"),
                    fields.required("name"),
                    fields.oneOf("type", TYPES, true),
                    fields.text("identifier"),
                    fields.text("parentSourcedId"),
                    row.line(),
                    toBeDeleted);
        }).toList();
    }
}
