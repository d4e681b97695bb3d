package jp.manabiba.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.people.HouseholdPage;
import jp.manabiba.people.HouseholdPage.GuardianRow;
import jp.manabiba.people.HouseholdRecords;

/** The guardians of a household, with their contacts (sensitive: shown only on the audited household page). */
class GuardiansSection extends Div {

    GuardiansSection(HouseholdRecords records, HouseholdPage page, Runnable changed) {
        Grid<GuardianRow> grid = new Grid<>();
        grid.addColumn(g -> g.details().familyName() + " " + g.details().givenName()).setHeader(getTranslation("guardian.name"));
        grid.addColumn(g -> orEmpty(g.details().relationship())).setHeader(getTranslation("guardian.relationship"));
        grid.addColumn(g -> orEmpty(g.details().phone())).setHeader(getTranslation("guardian.phone"));
        grid.addColumn(g -> orEmpty(g.details().email())).setHeader(getTranslation("guardian.email"));
        grid.addColumn(g -> getTranslation("home-language." + g.details().preferredLanguage().name()))
                .setHeader(getTranslation("household.language"));
        grid.addComponentColumn(g -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                records.removeGuardian(page.id(), g.id());
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("guardian.remove"));
            return remove;
        }).setFlexGrow(0);
        Screenful.show(grid, page.guardians());
        grid.setEmptyStateText(getTranslation("empty.guardians"));
        Button add = new Button(getTranslation("guardian.add"), VaadinIcon.PLUS.create(),
                click -> GuardianFormDialog.create(records, page.id(), changed).open());
        add(new H3(getTranslation("household.guardians")), grid, add);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
