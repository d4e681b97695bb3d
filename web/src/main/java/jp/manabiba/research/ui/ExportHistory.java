package jp.manabiba.research.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.research.ExportSummary;
import jp.manabiba.research.ResearchExports;

/** The organisation's past research exports: when, by whom, which year and format, how many children. */
final class ExportHistory extends Div {

    private final ResearchExports exports;
    private final Grid<ExportSummary> grid = new Grid<>();

    ExportHistory(ResearchExports exports) {
        this.exports = exports;
        addClassName("research-history");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ProgrammeZone.TOKYO);
        grid.addColumn(row -> time.format(row.at())).setHeader(getTranslation("research.history.at")).setAutoWidth(true);
        grid.addColumn(ExportSummary::exporter).setHeader(getTranslation("research.history.by"));
        grid.addColumn(row -> getTranslation("fiscal-year.name", String.valueOf(row.fiscalYear())))
                .setHeader(getTranslation("research.fiscal-year"));
        grid.addColumn(row -> getTranslation("research.format." + row.format().name())).setHeader(getTranslation("research.format"));
        grid.addColumn(ExportSummary::children).setHeader(getTranslation("research.history.children"));
        grid.setEmptyStateText(getTranslation("empty.research-exports"));
        add(new H2(getTranslation("research.history.title")), grid);
    }

    void show(long organisationId) {
        Screenful.show(grid, exports.history(organisationId));
    }
}
