package jp.manabiba.schools.roster;

import java.util.List;
import java.util.Optional;

/**
 * The files of a OneRoster 1.2 roster package that the reader knows, in the order a school reads them. The required
 * columns are those without which a row means nothing to Manabiba (a subset of the specification's, so that an export
 * that leaves out, say, courseSourcedId is not refused for it); every other column is optional.
 */
enum RosterFile {
    MANIFEST("manifest.csv", true, "propertyName", "value"),
    ORGS("orgs.csv", true, "sourcedId", "name", "type"),
    ACADEMIC_SESSIONS("academicSessions.csv", true, "sourcedId", "title", "type", "startDate", "endDate", "schoolYear"),
    COURSES("courses.csv", false, "sourcedId", "title"),
    CLASSES("classes.csv", true, "sourcedId", "title", "classType", "schoolSourcedId", "termSourcedIds"),
    USERS("users.csv", true, "sourcedId", "enabledUser", "username", "givenName", "familyName"),
    ROLES("roles.csv", false, "sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"),
    ENROLLMENTS("enrollments.csv", true, "sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"),
    DEMOGRAPHICS("demographics.csv", false, "sourcedId"),
    USER_PROFILES("userProfiles.csv", false, "sourcedId", "userSourcedId");

    private final String fileName;
    private final boolean required;
    private final List<String> requiredColumns;

    RosterFile(String fileName, boolean required, String... requiredColumns) {
        this.fileName = fileName;
        this.required = required;
        this.requiredColumns = List.of(requiredColumns);
    }

    String fileName() {
        return fileName;
    }

    boolean required() {
        return required;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The manifest property that declares the file, e.g. {@code file.users}. */
    String manifestProperty() {
        return "file." + fileName.substring(0, fileName.length() - ".csv".length());
    }

    /** The file of that name; case does not matter, as exports made on Windows sometimes change it. */
    static Optional<RosterFile> byName(String name) {
        for (RosterFile file : values()) {
            if (file.fileName.equalsIgnoreCase(name)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
