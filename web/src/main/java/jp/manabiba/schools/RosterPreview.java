package jp.manabiba.schools;

import java.util.List;

/**
 * What a roster import would do; nothing is written until it is applied.
 *
 * @param warnings message keys about the package as a whole that do not stop it (an empty enrolments file)
 */
public record RosterPreview(String dialectKey, List<RosterPreviewRow> rows, List<String> warnings) {

    public RosterPreview {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public RosterPreview(String dialectKey, List<RosterPreviewRow> rows) {
        this(dialectKey, rows, List.of());
    }

    public boolean applicable() {
        return rows.stream().noneMatch(row -> row.outcome() == RosterOutcome.REJECTED);
    }

    public long count(RosterOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public boolean changesNothing() {
        return rows.stream().allMatch(row -> row.outcome() == RosterOutcome.UNCHANGED
                || row.outcome() == RosterOutcome.NOT_TAKING_PART);
    }
}
