package jp.manabiba.schools.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the values of one row, turning each bad value into a problem on the row's line rather than an exception.
 * A bad value reads as empty: the package then has a problem, so nobody mistakes the row for a complete one.
 */
final class Fields {

    /** MEXT grade codes as the Japan Profile uses them: 小学校 P1–P6, 中学校 J1–J3, 高等学校 H1–H3. */
    static final Set<String> GRADES = Set.of("P1", "P2", "P3", "P4", "P5", "P6", "J1", "J2", "J3", "H1", "H2", "H3");

    /** OneRoster lets an export add its own enumeration values, written with this prefix. */
    static final String EXTENSION = "ext:";

    private final CsvTable table;
    private final CsvTable.Row row;
    private final Problems problems;
    private boolean toBeDeleted;

    Fields(CsvTable table, CsvTable.Row row, Problems problems) {
        this.table = table;
        this.row = row;
        this.problems = problems;
    }

    @Nullable String text(String column) {
        return table.value(row, column);
    }

    /** The value, or "" with a problem when it is empty. */
    String required(String column) {
        return present(column) ? Objects.requireNonNull(text(column)) : "";
    }

    /** An ISO date, yyyy-MM-dd exactly (Excel's 2026/04/01 is refused). */
    @Nullable LocalDate date(String column) {
        @Nullable String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            problem(RosterProblem.BAD_DATE, column, value);
            return null;
        }
    }

    /** A date that must be there: empty is a problem too. */
    @Nullable LocalDate requiredDate(String column) {
        return present(column) ? date(column) : null;
    }

    /** Checks an ISO date-time such as 2026-04-01T09:00:00.000Z (the offset may be left out). */
    void dateTime(String column) {
        @Nullable String value = text(column);
        if (value == null) {
            return;
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(value);
        } catch (DateTimeParseException e) {
            problem(RosterProblem.BAD_DATE_TIME, column, value);
        }
    }

    /** true or false; case is forgiven because Excel writes TRUE and FALSE when it saves a CSV. */
    @Nullable Boolean bool(String column) {
        @Nullable String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value.equalsIgnoreCase("true"));
        }
        problem(RosterProblem.BAD_BOOLEAN, column, value);
        return null;
    }

    /** true or false that must be there: empty is a problem too. */
    @Nullable Boolean requiredBool(String column) {
        return present(column) ? bool(column) : null;
    }

    /** A whole number of at most nine digits (attendance numbers, school years). */
    @Nullable Integer number(String column) {
        @Nullable String value = text(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,9}")) {
            problem(RosterProblem.BAD_NUMBER, column, value);
            return null;
        }
        return Integer.valueOf(value);
    }

    /** A number that must be there: empty is a problem too. */
    @Nullable Integer requiredNumber(String column) {
        return present(column) ? number(column) : null;
    }

    /** A comma-separated list (OneRoster quotes the whole field: "P1,P2"); blanks around items are dropped. */
    List<String> list(String column) {
        @Nullable String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** A list of grades; each one that is not a MEXT grade code is a problem and left out. */
    List<String> grades(String column) {
        return list(column).stream().filter(grade -> {
            boolean known = GRADES.contains(grade);
            if (!known) {
                problem(RosterProblem.BAD_GRADE, column, grade);
            }
            return known;
        }).toList();
    }

    /**
     * One of the allowed values, in the specification's spelling whatever the case written; an {@code ext:} value
     * is kept as it is. Anything else is a problem and kept as written.
     */
    String oneOf(String column, List<String> allowed, boolean required) {
        @Nullable String value = required ? required(column) : text(column);
        if (value == null || value.isEmpty() || value.startsWith(EXTENSION)) {
            return value == null ? "" : value;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        problem(RosterProblem.BAD_VALUE, column, value);
        return value;
    }

    /** A role as enrollments.csv and roles.csv write it; empty for an {@code ext:} role (or a bad one, reported). */
    @Nullable RosterRole role(String column) {
        String value = required(column);
        if (value.isEmpty() || value.startsWith(EXTENSION)) {
            return null;
        }
        @Nullable RosterRole role = RosterRole.fromCode(value).orElse(null);
        if (role == null) {
            problem(RosterProblem.BAD_VALUE, column, value);
        }
        return role;
    }

    /**
     * Reads status and dateLastModified, which every file has: blank (bulk exports), active, or tobedeleted
     * (delta exports). Answers whether the row is to be deleted. Read it first: a row to be deleted need not
     * carry more than its sourcedId, so its other empty values are not problems.
     */
    boolean toBeDeleted() {
        dateTime("dateLastModified");
        String status = oneOf("status", List.of("active", "tobedeleted"), false);
        toBeDeleted = status.equals("tobedeleted");
        return toBeDeleted;
    }

    /** Whether the value is there; when not, a problem, unless the row is going anyway. */
    boolean present(String column) {
        if (text(column) != null) {
            return true;
        }
        if (!toBeDeleted || column.equals("sourcedId")) {
            problem(RosterProblem.MISSING_VALUE, column);
        }
        return false;
    }

    void problem(String messageKey, String... args) {
        problems.add(table.file(), row.line(), messageKey, args);
    }
}
