package jp.manabiba.curriculum.unit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What loading gives: either the whole thing, valid, or every problem found, never a part. Switch over it, or
 * call {@link #orElseThrow()}.
 */
public sealed interface LoadResult<T> permits LoadResult.Valid, LoadResult.Invalid {

    record Valid<T>(T value) implements LoadResult<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    /** At least one problem, in file order, each once. */
    record Invalid<T>(List<UnitProblem> problems) implements LoadResult<T> {
        public Invalid {
            problems = problems.stream().distinct().sorted(UnitProblem.IN_FILE_ORDER).toList();
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result has at least one problem");
            }
        }
    }

    /** The problems (none when valid). */
    default List<UnitProblem> problems() {
        return switch (this) {
            case Valid<T> valid -> List.of();
            case Invalid<T> invalid -> invalid.problems();
        };
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** The value, or an exception whose message lists every problem. */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T> valid -> valid.value();
            case Invalid<T> invalid -> throw new InvalidUnitException(invalid.problems());
        };
    }

    default <R> LoadResult<R> map(Function<T, R> mapping) {
        return switch (this) {
            case Valid<T> valid -> new Valid<>(mapping.apply(valid.value()));
            case Invalid<T> invalid -> new Invalid<>(invalid.problems());
        };
    }
}
