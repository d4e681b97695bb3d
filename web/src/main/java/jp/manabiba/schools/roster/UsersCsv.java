package jp.manabiba.schools.roster;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads users.csv with the Japan Profile's metadata columns. Roles and orgs are left empty here: in OneRoster 1.2
 * they come from roles.csv or the enrollments ({@link UserCompletion} adds them).
 */
final class UsersCsv {

    private UsersCsv() {
    }

    static List<RosterUser> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            boolean toBeDeleted = fields.toBeDeleted();
            String sourcedId = fields.required("sourcedId");
            @Nullable Boolean enabled = fields.requiredBool("enabledUser");
            return new RosterUser(
                    sourcedId,
                    enabled == null || enabled, // the row has a problem then, so the default is moot
                    fields.required("username"),
                    fields.required("givenName"),
                    fields.required("familyName"),
                    fields.text("middleName"),
                    fields.text("preferredGivenName"),
                    fields.text("preferredFamilyName"),
                    fields.text("metadata.jp.kanaGivenName"),
                    fields.text("metadata.jp.kanaFamilyName"),
                    fields.text("metadata.jp.kanaMiddleName"),
                    fields.text("identifier"),
                    fields.text("email"),
                    fields.grades("grades"),
                    fields.text("metadata.jp.homeClass"),
                    // Neither profile puts these in users.csv, but some exports do; when they do, they win.
                    fields.number("metadata.jp.shussekiNo"),
                    fields.bool("metadata.jp.publicFlg"),
                    fields.bool("metadata.jp.specialNeeds"),
                    fields.text("primaryOrgSourcedId"),
                    Set.of(),
                    List.of(),
                    fields.list("agentSourcedIds"),
                    row.line(),
                    toBeDeleted);
        }).toList();
    }
}
