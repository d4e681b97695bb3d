package jp.manabiba.training.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.training.ModuleStanding;
import jp.manabiba.training.OverviewRow;

/** The three grids of the coordinator's training list; each name links to the supporter's record. */
final class OverviewGrids {

    private OverviewGrids() {
    }

    static Grid<OverviewRow> ready(List<OverviewRow> rows) {
        Grid<OverviewRow> grid = base(rows, "coord.overview.empty-ready", "training-ready");
        grid.addColumn(row -> grid.getTranslation("supporter.category." + row.category().name()))
                .setHeader(grid.getTranslation("supporter.category"));
        return grid;
    }

    /** Why each is blocked, and, marked first in the row, where they are still expected. */
    static Grid<OverviewRow> blocked(List<OverviewRow> rows) {
        Grid<OverviewRow> grid = base(rows, "coord.overview.empty-blocked", "training-blocked");
        grid.addColumn(row -> titles(grid, row.missing())).setHeader(grid.getTranslation("coord.overview.missing"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> commitments(grid, row)).setKey("commitments").setHeader(grid.getTranslation("coord.overview.commitments"))
                .setFlexGrow(1);
        return grid;
    }

    static Grid<OverviewRow> expiring(List<OverviewRow> rows) {
        Grid<OverviewRow> grid = base(rows, "coord.overview.empty-expiring", "training-expiring");
        grid.addColumn(row -> row.expiring().stream().map(m -> grid.getTranslation("coord.overview.expires",
                        m.title(ScreenLocale.current()), date(m.expiresOn())))
                .collect(Collectors.joining(grid.getTranslation("list.separator"))))
                .setHeader(grid.getTranslation("coord.overview.expiring-modules")).setFlexGrow(2);
        return grid;
    }

    private static Grid<OverviewRow> base(List<OverviewRow> rows, String emptyKey, String className) {
        Grid<OverviewRow> grid = new Grid<>();
        grid.addClassName(className);
        grid.addComponentColumn(row -> new RouterLink(row.name(), SupporterTrainingView.class, row.supporterId()))
                .setKey("name").setHeader(grid.getTranslation("supporter.name")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(grid.getTranslation(emptyKey));
        return grid;
    }

    private static Component commitments(Component anchor, OverviewRow row) {
        Div cell = new Div();
        if (row.comingSessions() > 0 && row.firstSession() != null) {
            cell.add(new Div(anchor.getTranslation("coord.overview.scheduled", row.comingSessions(),
                    date(row.firstSession()))));
        }
        if (row.activeMatches() > 0) {
            cell.add(new Div(anchor.getTranslation("coord.overview.matched", row.activeMatches())));
        }
        if (row.committed()) {
            cell.addComponentAsFirst(new Span(anchor.getTranslation("coord.overview.act-first")));
            cell.addClassName("training-committed");
        }
        return cell;
    }

    private static String titles(Component anchor, List<ModuleStanding> modules) {
        return modules.stream().map(m -> m.title(ScreenLocale.current()))
                .collect(Collectors.joining(anchor.getTranslation("list.separator")));
    }

    private static String date(LocalDate day) {
        return DateFields.format(day);
    }
}
