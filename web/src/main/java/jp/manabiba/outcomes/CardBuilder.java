package jp.manabiba.outcomes;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.manabiba.base.MonthRange;
import jp.manabiba.schools.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * Makes one indicator's card for a view: two counts (the fiscal year, the programme to date: two queries), the
 * months and organisations as rows for {@link SmallCells} when the figures leave the organisation.
 */
@Component
class CardBuilder {

    private final IndicatorFigures figures;
    private final Periods periods;
    private final ProgrammeSuppression programmeSuppression;

    CardBuilder(IndicatorFigures figures, Periods periods, ProgrammeSuppression programmeSuppression) {
        this.figures = figures;
        this.periods = periods;
        this.programmeSuppression = programmeSuppression;
    }

    IndicatorCard card(IndicatorInfo indicator, OutcomesAccess.Scope scope, FiscalYear year, Targets.Pair targets,
                       Map<Long, String> names) {
        if (!figures.counted(indicator)) {
            return IndicatorCard.notCounted(indicator, year, targets);
        }
        MonthRange yearRange = periods.fiscalYear(year).range();
        Figures yearFigures = figures.figures(indicator, yearRange, scope);
        Figures programme = figures.figures(indicator, periods.programmeToDate().range(), scope);
        Long organisation = scope.organisation();
        boolean suppress = scope.leavesOrganisation() && indicator.childCount();

        List<YearMonth> months = periods.fiscalYear(year).range().months();
        // a month still to come has no figure yet (a household's support reaching into it is not support given)
        YearMonth thisMonth = periods.thisMonth();
        List<Cell> monthCells = months.stream().map(m -> m.isAfter(thisMonth) ? Cell.ZERO
                : organisation == null ? yearFigures.networkMonth(m) : yearFigures.month(organisation, m)).toList();
        Cell yearCell = organisation == null ? yearFigures.network() : yearFigures.total(organisation);
        SmallCells.Hidden monthsHidden = hide(suppress, monthCells, yearCell);
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            trend.add(new TrendPoint(months.get(i), months.get(i).isAfter(thisMonth) ? FigureValue.NONE
                    : FigureValue.of(indicator, monthCells.get(i), monthsHidden.cells().get(i))));
        }

        List<OrganisationFigure> shares = new ArrayList<>();
        boolean yearHidden = monthsHidden.total();
        if (organisation == null) {
            List<Long> ids = scope.organisations().stream()
                    .sorted(Comparator.comparing((Long id) -> names.getOrDefault(id, "")).thenComparing(id -> id)).toList();
            List<Cell> cells = ids.stream().map(yearFigures::total).toList();
            SmallCells.Hidden hidden = hide(suppress, cells, yearCell);
            for (int i = 0; i < ids.size(); i++) {
                shares.add(new OrganisationFigure(ids.get(i), names.getOrDefault(ids.get(i), ""),
                        FigureValue.of(indicator, cells.get(i), hidden.cells().get(i))));
            }
            yearHidden = yearHidden || hidden.total();
        }
        Cell programmeCell = organisation == null ? programme.network() : programme.total(organisation);
        // the programme to date minus the years' figures must not give a small cell away either (SmallCells)
        boolean programmeHidden = suppress && programmeSuppression.hidden(indicator, scope, programme, programmeCell,
                yearFigures, yearRange, yearCell);
        List<SiteFigure> sites = indicator.childCount() ? List.of() : figures.inScope(scope, "sites", indicator.code(),
                yearRange, () -> figures.query(indicator.code()).map(q -> q.bySite(yearRange, scope.organisations()))
                        .orElse(List.of()));
        // supporters and their sessions, never children (CategoryMeasure): shown unsuppressed
        List<CategoryFigure> categories = figures.inScope(scope, "categories", indicator.code(), yearRange,
                () -> figures.query(indicator.code()).map(q -> q.bySupporterCategory(yearRange, scope.organisations()))
                        .orElse(List.of()));
        boolean drills = !scope.leavesOrganisation() && figures.query(indicator.code()).map(IndicatorQuery::drillsDown)
                .orElse(false);
        return new IndicatorCard(indicator, true, year, FigureValue.of(indicator, yearCell, yearHidden), targets.year(),
                FigureValue.of(indicator, programmeCell, programmeHidden), targets.programme(), trend, shares, sites, categories, drills);
    }

    private static SmallCells.Hidden hide(boolean suppress, List<Cell> cells, Cell total) {
        return suppress ? SmallCells.row(cells.stream().map(Cell::size).toList(), total.size())
                : SmallCells.none(cells.size());
    }
}
