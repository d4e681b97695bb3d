package jp.manabiba.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * Everything one indicator's card (and a chart of it) shows: the definition, the fiscal year's and the
 * programme-to-date figures against their targets, the months of the year, on the network's view each
 * organisation's share, per site where the place says something (sessions held), and per supporter category where
 * the supporter's category does (supporters ready, sessions held, hours of support). {@code counted} false: the indicator's query is not built yet, and no figure is made up.
 */
public record IndicatorCard(IndicatorInfo indicator, boolean counted, FiscalYear year, FigureValue yearValue,
                            @Nullable BigDecimal yearTarget, FigureValue programmeValue,
                            @Nullable BigDecimal programmeTarget, List<TrendPoint> trend,
                            List<OrganisationFigure> byOrganisation, List<SiteFigure> bySite,
                            List<CategoryFigure> bySupporterCategory, boolean drillsDown) {

    static IndicatorCard notCounted(IndicatorInfo indicator, FiscalYear year, Targets.Pair targets) {
        FigureValue none = new FigureValue(null, false);
        return new IndicatorCard(indicator, false, year, none, targets.year(), none, targets.programme(), List.of(),
                List.of(), List.of(), List.of(), false);
    }

    /** Progress to the year's target in percent (0-100 for a bar), when there is a target and a figure. */
    public @Nullable Integer yearProgress() {
        return progress(yearValue, yearTarget);
    }

    public @Nullable Integer programmeProgress() {
        return progress(programmeValue, programmeTarget);
    }

    private static @Nullable Integer progress(FigureValue value, @Nullable BigDecimal target) {
        if (value.value() == null || target == null || target.signum() <= 0) {
            return null;
        }
        return Math.min(100, value.value().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN)
                .intValue());
    }
}
