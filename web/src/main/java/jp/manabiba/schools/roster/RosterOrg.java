package jp.manabiba.schools.roster;

import org.jspecify.annotations.Nullable;

/**
 * A row of orgs.csv: a school, or the board of education (district) above it.
 *
 * @param type       OneRoster org type as written (school, district, …)
 * @param identifier the human-readable code, in Japan usually the MEXT school code (学校コード)
 */
public record RosterOrg(
        String sourcedId,
        String name,
        String type,
        @Nullable String identifier,
        @Nullable String parentSourcedId,
        int line,
        boolean toBeDeleted) implements RosterRow {

    public boolean school() {
        return "school".equals(type);
    }
}
