package jp.manabiba.schools.roster;

import java.util.List;

/** Reads roles.csv. */
final class RolesCsv {

    static final List<String> ROLE_TYPES = List.of("primary", "secondary");

    private RolesCsv() {
    }

    static List<RoleAssignment> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            boolean toBeDeleted = fields.toBeDeleted();
            RoleAssignment assignment = new RoleAssignment(
                    fields.required("sourcedId"),
                    fields.required("userSourcedId"),
                    fields.oneOf("roleType", ROLE_TYPES, true),
                    fields.role("role"),
                    fields.required("orgSourcedId"),
                    row.line(),
                    toBeDeleted);
            fields.date("beginDate");
            fields.date("endDate");
            return assignment;
        }).toList();
    }
}
