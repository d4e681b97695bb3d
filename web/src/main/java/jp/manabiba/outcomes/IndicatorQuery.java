package jp.manabiba.outcomes;

import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

import jp.manabiba.base.MonthRange;
import jp.manabiba.base.MonthlyCount;

/**
 * How a COMPUTED indicator is counted: one bean per indicator, found by its {@link #code()}. {@link #compute}
 * answers for every organisation and month of a range in one query of the feature that keeps the records (its
 * public figure service, never its tables), as {@link MonthlyCount} rows grouped WITH ROLLUP. A new indicator is
 * a row in the indicator table and one more bean; an indicator without a bean shows as not counted yet.
 */
public interface IndicatorQuery {

    String code();

    List<MonthlyCount> compute(MonthRange range, Collection<Long> organisations);

    /** Whether the rows behind one organisation's figure can be listed for its coordinator. */
    default boolean drillsDown() {
        return false;
    }

    /** The rows that make one organisation's figure; the caller has checked the coordinator and audits. */
    default List<DrillRow> drillDown(long organisation, MonthRange range) {
        return List.of();
    }

    /**
     * The figure per site, for indicators where the place says something (sessions); only for figures that count
     * no child, as it is shown unsuppressed.
     */
    default List<SiteFigure> bySite(MonthRange range, Collection<Long> organisations) {
        return List.of();
    }

    /**
     * The fiscal year's figure per supporter category, for indicators where the supporter's category says something
     * (supporters ready, sessions held, hours of support): one statement of the feature that owns the records.
     * Shown unsuppressed, so never a count of children ({@link CategoryMeasure} has no such measure).
     */
    default List<CategoryFigure> bySupporterCategory(MonthRange range, Collection<Long> organisations) {
        return List.of();
    }

    /** An indicator with a breakdown by supporter category. */
    static IndicatorQuery of(String code, BiFunction<MonthRange, Collection<Long>, List<MonthlyCount>> compute,
                             BiFunction<MonthRange, Collection<Long>, List<CategoryFigure>> byCategory) {
        return new IndicatorQuery() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<MonthlyCount> compute(MonthRange range, Collection<Long> organisations) {
                return compute.apply(range, organisations);
            }

            @Override
            public List<CategoryFigure> bySupporterCategory(MonthRange range, Collection<Long> organisations) {
                return byCategory.apply(range, organisations);
            }
        };
    }

    static IndicatorQuery of(String code, BiFunction<MonthRange, Collection<Long>, List<MonthlyCount>> compute) {
        return new IndicatorQuery() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<MonthlyCount> compute(MonthRange range, Collection<Long> organisations) {
                return compute.apply(range, organisations);
            }
        };
    }
}
