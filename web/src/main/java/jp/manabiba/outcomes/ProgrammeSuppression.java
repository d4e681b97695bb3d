package jp.manabiba.outcomes;

import java.util.ArrayList;
import java.util.List;

import jp.manabiba.base.MonthRange;
import jp.manabiba.schools.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * Applies {@link SmallCells#programmeHidden} to a card that leaves the organisation: finds the size behind each
 * fiscal year of the programme to date. A SUM's years are its months added (no query); a DISTINCT head count's
 * are one more query per year of the programme to date (at most three; the year on the screen is reused when it
 * is one of them whole).
 */
@Component
class ProgrammeSuppression {

    private final IndicatorFigures figures;
    private final Periods periods;

    ProgrammeSuppression(IndicatorFigures figures, Periods periods) {
        this.figures = figures;
        this.periods = periods;
    }

    boolean hidden(IndicatorInfo indicator, OutcomesAccess.Scope scope, Figures programme, Cell programmeCell,
                   Figures year, MonthRange yearRange, Cell yearCell) {
        List<Long> sizes = new ArrayList<>();
        sizes.add(yearCell.size());
        for (MonthRange part : yearsOfProgrammeToDate()) {
            switch (indicator.aggregation()) {
                case SUM -> sizes.add(part.months().stream().map(m -> cell(programme, scope, m)).reduce(Cell.ZERO, Cell::plus).size());
                case DISTINCT -> {
                    Figures counted = part.equals(yearRange) ? year
                            : figures.figures(indicator, part, scope);
                    sizes.add(whole(counted, scope).size());
                }
                case RATE, LATEST -> {
                    // not differences of counts: SmallCells looks at the programme's own size only
                }
            }
        }
        return SmallCells.programmeHidden(indicator.aggregation(), programmeCell.size(), sizes);
    }

    /** Each fiscal year of the programme so far, the running one up to this month. */
    private List<MonthRange> yearsOfProgrammeToDate() {
        MonthRange programme = periods.programmeToDate().range();
        List<MonthRange> parts = new ArrayList<>();
        for (int y = programme.first().getYear(); ; y++) {
            MonthRange whole = periods.fiscalYear(new FiscalYear(y)).range();
            if (whole.first().isAfter(programme.last())) {
                return parts;
            }
            parts.add(new MonthRange(whole.first(), whole.last().isAfter(programme.last()) ? programme.last() : whole.last()));
        }
    }

    private static Cell cell(Figures figures, OutcomesAccess.Scope scope, java.time.YearMonth month) {
        return scope.organisation() == null ? figures.networkMonth(month) : figures.month(scope.organisation(), month);
    }

    private static Cell whole(Figures figures, OutcomesAccess.Scope scope) {
        return scope.organisation() == null ? figures.network() : figures.total(scope.organisation());
    }
}
