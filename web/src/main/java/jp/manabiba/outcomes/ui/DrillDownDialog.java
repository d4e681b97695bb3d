package jp.manabiba.outcomes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import jp.manabiba.outcomes.DrillDowns;
import jp.manabiba.outcomes.DrillRow;
import jp.manabiba.outcomes.IndicatorCard;

/** The records behind one organisation's figure, for its coordinator (the service refuses anyone else). */
class DrillDownDialog extends Dialog {

    DrillDownDialog(DrillDowns drillDowns, long organisation, IndicatorCard card) {
        addClassName("outcome-drill-down");
        setHeaderTitle(getTranslation("outcomes.drill-down.title", card.indicator().title(getLocale())));
        Grid<DrillRow> rows = new Grid<>();
        rows.addColumn(DrillRow::label).setHeader(getTranslation("outcomes.drill-down.record"));
        rows.addColumn(DrillRow::detail).setHeader(getTranslation("outcomes.drill-down.detail"));
        rows.setEmptyStateText(getTranslation("empty.outcome-rows"));
        rows.setItems(drillDowns.rows(organisation, card.indicator().code(), card.year()));
        rows.setWidth("36rem");
        add(rows);
        getFooter().add(new Button(getTranslation("outcomes.close"), click -> close()));
    }
}
