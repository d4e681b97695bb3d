package jp.manabiba.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.learning.UnitEntry;
import jp.manabiba.learning.UnitHolder;
import jp.manabiba.learning.UnitHolders;
import org.springframework.security.access.AccessDeniedException;

/** Who has a unit now (children and series the caller reaches), and taking it back; the children's work stays. */
class HoldersDialog extends Dialog {

    private final UnitHolders holders;
    private final UnitEntry unit;
    private final Grid<UnitHolder> grid = new Grid<>();
    private final Div refusal = new Div();

    HoldersDialog(UnitHolders holders, UnitEntry unit) {
        this.holders = holders;
        this.unit = unit;
        setHeaderTitle(getTranslation("units.holders-title", unit.title()));
        grid.addColumn(UnitHolder::name).setHeader(getTranslation("units.holder")).setFlexGrow(1);
        grid.addColumn(h -> getTranslation(h.series() ? "units.holder.series" : "units.holder.learner"))
                .setHeader(getTranslation("units.holder.kind")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(h -> {
            Button remove = new Button(getTranslation("units.unassign"), VaadinIcon.CLOSE_SMALL.create(),
                    click -> unassign(h));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClassName("unassign");
            return remove;
        }).setKey("unassign").setWidth("10rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("units.no-holders"));
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        add(refusal, grid);
        getFooter().add(new Button(getTranslation("form.close"), click -> close()));
        setWidth("min(40rem, 100vw)");
        addAttachListener(opened -> ComponentTexts.applyTo(this));
        refresh();
    }

    private void unassign(UnitHolder holder) {
        try {
            holders.unassign(holder.assignmentId());
            refusal.setVisible(false);
        } catch (AccessDeniedException refused) {
            refusal.setText(getTranslation("units.error.not-yours"));
            refusal.setVisible(true);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(holders.of(unit.unitId()));
    }
}
