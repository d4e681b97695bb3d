package jp.manabiba.outcomes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import jp.manabiba.base.FirstRows;
import jp.manabiba.outcomes.DrillDowns;
import jp.manabiba.outcomes.DrillRow;
import jp.manabiba.outcomes.IndicatorCard;

/**
 * The records behind one organisation's figure, for its coordinator (the service refuses anyone else): at most
 * {@link FirstRows#LIMIT} rows in a Grid that renders only what is scrolled into view, and a line saying how many
 * more there are.
 */
class DrillDownDialog extends Dialog {

    DrillDownDialog(DrillDowns drillDowns, long organisation, IndicatorCard card) {
        addClassName("outcome-drill-down");
        String title = card.indicator().title(getLocale());
        setHeaderTitle(getTranslation("outcomes.drill-down.title", title));
        FirstRows<DrillRow> found = drillDowns.rows(organisation, card.indicator().code(), card.year(), getLocale());
        Grid<DrillRow> rows = new Grid<>();
        rows.addColumn(DrillRow::label).setHeader(getTranslation("outcomes.drill-down.record"))
                .setComparator(DrillRow::label).setResizable(true).setFlexGrow(2);
        rows.addColumn(DrillRow::detail).setHeader(getTranslation("outcomes.drill.column.detail"))
                .setComparator(DrillRow::detail).setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rows.setEmptyStateText(getTranslation("empty.outcome-rows"));
        rows.setItems(found.rows());
        rows.setWidth("min(48rem, 85vw)");
        if (found.rows().size() <= 10) {
            rows.setAllRowsVisible(true);
        } else {
            rows.setHeight("60vh");
        }
        rows.addClassName("outcome-drill-down-rows");
        rows.getElement().setAttribute("aria-label", getTranslation("outcomes.drill-down.title", title));
        Paragraph count = new Paragraph(found.more() > 0
                ? getTranslation("outcomes.drill.more", found.rows().size(), found.total(), found.more())
                : getTranslation("outcomes.drill.count", found.total()));
        count.addClassName("outcome-drill-down-count");
        add(count, rows);
        getFooter().add(new Button(getTranslation("outcomes.close"), click -> close()));
    }
}
