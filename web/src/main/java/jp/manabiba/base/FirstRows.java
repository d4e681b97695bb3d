package jp.manabiba.base;

import java.util.List;

/**
 * The first rows of a list that may be too long to show whole, and how many there are in all: a screen lists
 * {@link #LIMIT} and says how many more there are (the query reads them with {@code COUNT(*) OVER ()}).
 */
public record FirstRows<T>(List<T> rows, long total) {

    public static final int LIMIT = 500;

    public FirstRows {
        rows = List.copyOf(rows);
    }

    public static <T> FirstRows<T> none() {
        return new FirstRows<>(List.of(), 0);
    }

    /** The first {@link #LIMIT} of rows already in memory. */
    public static <T> FirstRows<T> of(List<T> all) {
        return new FirstRows<>(all.size() > LIMIT ? all.subList(0, LIMIT) : all, all.size());
    }

    public <R> FirstRows<R> map(java.util.function.Function<? super T, R> mapping) {
        return new FirstRows<>(rows.stream().<R>map(mapping).toList(), total);
    }

    /** How many rows are left out. */
    public long more() {
        return Math.max(0, total - rows.size());
    }
}
