package jp.manabiba.curriculum.unit;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something an author must fix in a unit package: the file (relative to the units' root, e.g.
 * {@code food-loss/unit.yaml}), line and column from 1 (0 when the problem is the file as a whole) and what is
 * wrong.
 */
public record UnitProblem(String file, int line, int column, String message) {

    public static final Comparator<UnitProblem> IN_FILE_ORDER = Comparator.comparing(UnitProblem::file)
            .thenComparingInt(UnitProblem::line).thenComparingInt(UnitProblem::column)
            .thenComparing(UnitProblem::message);

    public UnitProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, the form editors and build logs link to. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
