package jp.manabiba.schools.roster;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Reads classes.csv. */
final class ClassesCsv {

    static final List<String> TYPES = List.of("homeroom", "scheduled");

    private ClassesCsv() {
    }

    static List<RosterClass> read(CsvTable table, Problems problems) {
        return table.rows().stream().map(row -> {
            Fields fields = new Fields(table, row, problems);
            boolean toBeDeleted = fields.toBeDeleted();
            String sourcedId = fields.required("sourcedId");
            String title = fields.required("title");
            List<String> grades = fields.grades("grades");
            @Nullable String courseSourcedId = fields.text("courseSourcedId");
            @Nullable String classCode = fields.text("classCode");
            String classType = fields.oneOf("classType", TYPES, true);
            String schoolSourcedId = fields.required("schoolSourcedId");
            List<String> terms = fields.present("termSourcedIds") ? fields.list("termSourcedIds") : List.of();
            @Nullable Boolean specialNeeds = fields.bool("metadata.jp.specialNeeds");
            return new RosterClass(sourcedId, title, grades, courseSourcedId, classCode, classType, schoolSourcedId,
                    terms, specialNeeds, row.line(), toBeDeleted);
        }).toList();
    }
}
