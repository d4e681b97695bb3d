package jp.manabiba.schools.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one read; hands them out in package order (file by file, line by line). */
final class Problems {

    private final List<RosterProblem> found = new ArrayList<>();

    void add(String file, int line, String messageKey, String... args) {
        found.add(new RosterProblem(file, line, messageKey, List.of(args)));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Sorted so that a school reads them as it would fix them; the sort is stable within a line. */
    List<RosterProblem> sorted() {
        return found.stream()
                .sorted(Comparator.comparingInt((RosterProblem problem) -> fileOrder(problem.file()))
                        .thenComparingInt(RosterProblem::line))
                .toList();
    }

    private static int fileOrder(String file) {
        return RosterFile.byName(file).map(Enum::ordinal).orElse(-1);
    }
}
