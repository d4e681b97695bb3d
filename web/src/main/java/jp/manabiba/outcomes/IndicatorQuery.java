package jp.manabiba.outcomes;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jp.manabiba.base.FirstRows;
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

    /**
     * The rows that make one organisation's figure (the first {@link FirstRows#LIMIT}, and how many in all), through
     * the public service of the feature that keeps the records, which refuses anyone but the organisation's own
     * coordinators and audits each record shown; the caller has checked the coordinator and audits the look.
     */
    default FirstRows<DrillRow> drillDown(long organisation, MonthRange range, Locale locale) {
        return FirstRows.none();
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

    /** The rows behind one organisation's figure, in the reader's language. */
    @FunctionalInterface
    interface Drill {
        FirstRows<DrillRow> rows(long organisation, MonthRange range, Locale locale);
    }

    /** A computed indicator whose rows its organisation's coordinators can list. */
    static IndicatorQuery drilled(String code, BiFunction<MonthRange, Collection<Long>, List<MonthlyCount>> compute,
                                  Drill drill) {
        return drilled(of(code, compute), drill);
    }

    /** The indicator {@code counted}, counted and broken down as it is, whose rows can be listed too. */
    static IndicatorQuery drilled(IndicatorQuery counted, Drill drill) {
        return new IndicatorQuery() {
            @Override
            public String code() {
                return counted.code();
            }

            @Override
            public List<MonthlyCount> compute(MonthRange range, Collection<Long> organisations) {
                return counted.compute(range, organisations);
            }

            @Override
            public List<SiteFigure> bySite(MonthRange range, Collection<Long> organisations) {
                return counted.bySite(range, organisations);
            }

            @Override
            public List<CategoryFigure> bySupporterCategory(MonthRange range, Collection<Long> organisations) {
                return counted.bySupporterCategory(range, organisations);
            }

            @Override
            public boolean drillsDown() {
                return true;
            }

            @Override
            public FirstRows<DrillRow> drillDown(long organisation, MonthRange range, Locale locale) {
                return drill.rows(organisation, range, locale);
            }
        };
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
        return of(code, compute, (range, organisations) -> List.of());
    }
}
