package jp.manabiba.schools.roster;

import java.util.Optional;

/**
 * A role a user holds. OneRoster 1.2 names them in two places: roles.csv (the RoleEnum, e.g. districtAdministrator)
 * and enrollments.csv (administrator, proctor, student, teacher; the Japan Profile adds guardian). This enum is the
 * union, so that one user's roles from either source fit in one set.
 */
public enum RosterRole {
    STUDENT("student"),
    TEACHER("teacher"),
    ADMINISTRATOR("administrator"),
    AIDE("aide"),
    COUNSELOR("counselor"),
    DISTRICT_ADMINISTRATOR("districtAdministrator"),
    GUARDIAN("guardian"),
    PARENT("parent"),
    PRINCIPAL("principal"),
    PROCTOR("proctor"),
    RELATIVE("relative"),
    SITE_ADMINISTRATOR("siteAdministrator"),
    SYSTEM_ADMINISTRATOR("systemAdministrator");

    private final String code;

    RosterRole(String code) {
        this.code = code;
    }

    /** The value as OneRoster writes it in the CSV files. */
    public String code() {
        return code;
    }

    /** The translation key of the role's name, e.g. for the preview. */
    public String messageKey() {
        return "roster.role." + name();
    }

    /** The role a CSV value names; case does not matter (exports differ), blanks around it neither. */
    public static Optional<RosterRole> fromCode(String value) {
        String wanted = value.strip();
        for (RosterRole role : values()) {
            if (role.code.equalsIgnoreCase(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
