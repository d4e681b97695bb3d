package jp.manabiba.schools.roster;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Finds duplicate ids within a file and references to rows the package does not hold. A reference into a file is
 * only checked when that file was read and is a bulk export: a missing or broken file is reported once, not once per
 * reference, and a delta file holds only changes, so the rows it refers to may have come in an earlier package.
 */
final class ReferenceCheck {

    private final Map<RosterFile, Set<String>> known = new EnumMap<>(RosterFile.class);
    private final Problems problems;

    ReferenceCheck(Problems problems) {
        this.problems = problems;
    }

    /** Makes references into this file checkable, unless the manifest says it is a delta. */
    <T> void know(RosterFile file, @Nullable List<T> rows, Function<T, String> id, Manifest manifest) {
        if (rows != null && !manifest.delta(file)) {
            known.put(file, rows.stream().map(id).collect(Collectors.toUnmodifiableSet()));
        }
    }

    /** Reports each id that appears again, on the line where it does, naming the line of its first appearance. */
    <T> void duplicates(RosterFile file, List<T> rows, Function<T, String> id, ToIntFunction<T> line) {
        Map<String, Integer> first = new HashMap<>();
        for (T row : rows) {
            String sourcedId = id.apply(row);
            if (sourcedId.isEmpty()) {
                continue; // already reported as a missing value
            }
            @Nullable Integer earlier = first.putIfAbsent(sourcedId, line.applyAsInt(row));
            if (earlier != null) {
                problems.add(file.fileName(), line.applyAsInt(row), RosterProblem.DUPLICATE_SOURCED_ID, sourcedId,
                        String.valueOf(earlier));
            }
        }
    }

    /** Reports the value when the target file was read and has no row with that id. */
    void reference(RosterFile file, int line, String column, @Nullable String value, RosterFile target) {
        @Nullable Set<String> ids = known.get(target);
        if (value != null && !value.isEmpty() && ids != null && !ids.contains(value)) {
            problems.add(file.fileName(), line, RosterProblem.UNKNOWN_REFERENCE, column, value, target.fileName());
        }
    }

    void references(RosterFile file, int line, String column, List<String> values, RosterFile target) {
        values.forEach(value -> reference(file, line, column, value, target));
    }
}
