package jp.manabiba.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.SiteRow;

/** The sites of the network by organisation. A few dozen rows at most, so one query fills it. */
public class NetworkSitesGrid extends Grid<SiteRow> {

    public NetworkSitesGrid(NetworkDirectory directory) {
        addColumn(SiteRow::organisation).setHeader(getTranslation("network.organisation")).setSortable(true);
        addColumn(SiteRow::site).setHeader(getTranslation("network.site")).setSortable(true);
        addColumn(row -> getTranslation("site.kind." + row.kind().name())).setHeader(getTranslation("network.kind"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("empty.sites"));
        Screenful.show(this, directory.sites());
    }
}
