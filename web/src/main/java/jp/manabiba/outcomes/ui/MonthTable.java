package jp.manabiba.outcomes.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import jp.manabiba.outcomes.CardCharts;
import jp.manabiba.outcomes.CategoryFigure;
import jp.manabiba.outcomes.IndicatorUnit;
import jp.manabiba.outcomes.OrganisationFigure;
import jp.manabiba.outcomes.SiteFigure;
import jp.manabiba.outcomes.TrendPoint;

/** A small table of figures: the months of the year (the trend), the organisations of the network, the sites, or the supporter categories. */
class MonthTable extends NativeTable {

    static MonthTable months(List<TrendPoint> points, IndicatorUnit unit) {
        MonthTable table = new MonthTable("outcome-months");
        NativeTableRow head = new NativeTableRow();
        NativeTableRow values = new NativeTableRow();
        for (TrendPoint point : points) {
            head.add(new NativeTableHeaderCell(table.getTranslation("outcomes.month", point.month().getMonthValue())));
            values.add(new NativeTableCell(FigureText.of(table, point.value(), unit)));
        }
        table.add(new NativeTableHeader(head), new NativeTableBody(values));
        return table;
    }

    static MonthTable organisations(List<OrganisationFigure> figures, IndicatorUnit unit) {
        MonthTable table = new MonthTable("outcome-organisations");
        NativeTableBody body = new NativeTableBody();
        for (OrganisationFigure figure : figures) {
            body.add(new NativeTableRow(new NativeTableHeaderCell(figure.organisation()),
                    new NativeTableCell(FigureText.of(table, figure.value(), unit))));
        }
        table.add(body);
        return table;
    }

    static MonthTable sites(List<SiteFigure> figures, IndicatorUnit unit) {
        MonthTable table = new MonthTable("outcome-sites");
        NativeTableBody body = new NativeTableBody();
        for (SiteFigure figure : figures) {
            String site = figure.site() == null ? table.getTranslation("outcomes.online") : figure.site();
            body.add(new NativeTableRow(new NativeTableHeaderCell(site),
                    new NativeTableCell(FigureText.of(table, figure.value(), unit))));
        }
        table.add(body);
        return table;
    }

    /** The figure per supporter category (the card writes its counting rule above it). */
    static MonthTable categories(List<CategoryFigure> figures, CardCharts charts) {
        MonthTable table = new MonthTable("outcome-categories");
        NativeTableBody body = new NativeTableBody();
        for (CategoryFigure figure : figures) {
            body.add(new NativeTableRow(new NativeTableHeaderCell(charts.categoryName(figure, table.getLocale())),
                    new NativeTableCell(FigureText.of(table, figure.value(), figure.measure().unit()))));
        }
        table.add(body);
        return table;
    }

    private MonthTable(String className) {
        addClassNames("outcome-table", className);
        // the table scrolls sideways on a narrow screen: a keyboard must reach it to scroll it (axe
        // scrollable-region-focusable), and a screen reader hears what it is
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("outcomes.table." + className));
    }
}
