package jp.manabiba.curriculum.unit;

import java.util.List;
import java.util.stream.Collectors;

/** A unit package (or a set of them) that must not be used, with every problem in its message. */
public final class InvalidUnitException extends RuntimeException {

    private final transient List<UnitProblem> problems;

    public InvalidUnitException(List<UnitProblem> problems) {
        super(problems.size() + " problem(s) in the unit packages:\n"
                + problems.stream().map(UnitProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<UnitProblem> problems() {
        return problems;
    }
}
