package jp.manabiba.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.people.SupporterRow;
import jp.manabiba.security.Roles;

/** The tutors and volunteers of the coordinator's organisations. */
@Route("supporters")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SupportersView extends Main implements HasDynamicTitle {

    private final Grid<SupporterRow> grid = new Grid<>();
    private final SupporterRecords supporters;

    public SupportersView(SupporterRecords supporters, HouseholdRecords households) {
        this.supporters = supporters;
        addClassNames("people-view", "supporters-view");
        grid.addColumn(SupporterRow::fullName).setHeader(getTranslation("supporter.name")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("supporter.category." + s.category().name())).setHeader(getTranslation("supporter.category"));
        grid.addColumn(s -> s.affiliation() == null ? "" : s.affiliation()).setHeader(getTranslation("supporter.affiliation"));
        grid.addColumn(SupporterRow::organisation).setHeader(getTranslation("household.organisation"));
        grid.addColumn(SupporterRow::activeMatches).setHeader(getTranslation("supporter.matches")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.hasAccount() ? "learner.has-account" : "learner.no-account"))
                .setHeader(getTranslation("learner.account"));
        // people comes before training: the training record is linked by its route, not by its view class
        grid.addComponentColumn(s -> new Anchor("training/supporters/" + s.id(), getTranslation("supporter.coord-training-link")))
                .setHeader(getTranslation("supporter.coord-training")).setAutoWidth(true);
        grid.addItemClickListener(click -> SupporterDialog.create(supporters, households, click.getItem(), this::refresh).open());
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("empty.supporters"));
        Button add = new Button(getTranslation("supporter.add"), VaadinIcon.PLUS.create(),
                click -> SupporterDialog.create(supporters, households, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(supporters.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supporters.title");
    }
}
