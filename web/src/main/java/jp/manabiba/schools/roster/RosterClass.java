package jp.manabiba.schools.roster;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of classes.csv: a homeroom (学級, e.g. 3年2組) or a scheduled class.
 *
 * @param grades       MEXT grade codes (P1–P6, J1–J3, H1–H3)
 * @param specialNeeds Japan Profile {@code metadata.jp.specialNeeds}: the class is a special-needs class (特別支援学級);
 *                     empty when the column is absent or blank
 */
public record RosterClass(
        String sourcedId,
        String title,
        List<String> grades,
        @Nullable String courseSourcedId,
        @Nullable String classCode,
        String classType,
        String schoolSourcedId,
        List<String> termSourcedIds,
        @Nullable Boolean specialNeeds,
        int line,
        boolean toBeDeleted) implements RosterRow {

    public RosterClass {
        grades = List.copyOf(grades);
        termSourcedIds = List.copyOf(termSourcedIds);
    }

    /** A homeroom: the class a pupil's attendance number (出席番号) belongs to. */
    public boolean homeroom() {
        return "homeroom".equals(classType);
    }
}
