package jp.manabiba.people.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.FormDialog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.people.HouseholdOutcomes;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.OrganisationRow;
import jp.manabiba.people.SiteKind;
import jp.manabiba.security.Roles;

/** The administrator's organisations: their sites, their coordinators and their yearly household targets. */
@Route("organisations")
@RolesAllowed(Roles.ADMIN)
public class OrganisationsView extends Main implements HasDynamicTitle {

    private final Grid<OrganisationRow> grid = new Grid<>();
    private final NetworkDirectory network;

    public OrganisationsView(NetworkDirectory network, HouseholdOutcomes outcomes, Clock clock) {
        this.network = network;
        addClassNames("people-view", "organisations-view");
        grid.addColumn(OrganisationRow::name).setHeader(getTranslation("network.organisation")).setAutoWidth(true);
        grid.addColumn(OrganisationRow::sites).setHeader(getTranslation("organisation.sites")).setAutoWidth(true);
        grid.addColumn(o -> String.join(", ", o.coordinators())).setHeader(getTranslation("organisation.coordinators"));
        grid.addComponentColumn(o -> new HorizontalLayout(
                new Button(getTranslation("organisation.add-site"), click -> siteForm(o).open()),
                new Button(getTranslation("organisation.add-coordinator"), click -> coordinatorForm(o).open()),
                new Button(getTranslation("organisation.set-target"), click -> targetForm(o, outcomes, clock).open())))
                .setKey("actions").setAutoWidth(true);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("empty.organisations"));
        Button add = new Button(getTranslation("organisation.add"), VaadinIcon.PLUS.create(), click -> organisationForm().open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, grid);
        refresh();
    }

    private FormDialog organisationForm() {
        TextField name = new TextField(getTranslation("network.organisation"));
        FormDialog form = new FormDialog("organisation.add", f -> {
            network.addOrganisation(name.getValue());
            refresh();
        });
        form.field("name", name);
        return form;
    }

    private FormDialog siteForm(OrganisationRow organisation) {
        TextField name = new TextField(getTranslation("network.site"));
        Select<SiteKind> kind = new Select<>();
        kind.setLabel(getTranslation("network.kind"));
        kind.setItems(SiteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("site.kind." + k.name()));
        kind.setValue(SiteKind.LEARNING_ROOM);
        TextField address = new TextField(getTranslation("organisation.address"));
        FormDialog form = new FormDialog("organisation.add-site", f -> {
            network.addSite(organisation.id(), name.getValue(), kind.getValue(),
                    address.getValue().isBlank() ? null : address.getValue().strip());
            refresh();
        });
        form.field("name", name);
        form.plain(kind);
        form.field("address", address);
        return form;
    }

    private FormDialog coordinatorForm(OrganisationRow organisation) {
        TextField username = new TextField(getTranslation("account.username"));
        FormDialog form = new FormDialog("organisation.add-coordinator", f -> {
            network.addCoordinator(organisation.id(), username.getValue());
            refresh();
        });
        form.field("username", username);
        return form;
    }

    /** Opens on the current fiscal year with the target in force, so the administrator sees what they change. */
    private FormDialog targetForm(OrganisationRow organisation, HouseholdOutcomes outcomes, Clock clock) {
        HouseholdOutcomes.TargetYears years = outcomes.targetYears();
        IntegerField year = new IntegerField(getTranslation("households.fiscal-year"));
        year.setMin(years.first());
        year.setMax(years.last());
        year.setStepButtonsVisible(true);
        IntegerField households = new IntegerField(getTranslation("organisation.target-households"));
        households.setMin(HouseholdOutcomes.TARGET_MIN);
        households.setMax(HouseholdOutcomes.TARGET_MAX);
        households.setHelperText(getTranslation("organisation.target-range",
                HouseholdOutcomes.TARGET_MIN, HouseholdOutcomes.TARGET_MAX));
        year.addValueChangeListener(change -> {
            Integer chosen = change.getValue();
            if (chosen != null && chosen >= years.first() && chosen <= years.last()) {
                households.setValue(outcomes.target(organisation.id(), new FiscalYear(chosen)));
            }
        });
        year.setValue(FiscalYear.of(LocalDate.now(clock)).year());
        FormDialog form = new FormDialog("organisation.set-target", f -> {
            if (year.getValue() == null) {
                throw new InvalidInput("year", "validation.required");
            }
            if (households.getValue() == null) {
                throw new InvalidInput("target", "validation.required");
            }
            outcomes.setTarget(organisation.id(), new FiscalYear(year.getValue()), households.getValue());
        });
        form.field("year", year);
        form.field("target", households);
        return form;
    }

    private void refresh() {
        grid.setItems(network.organisations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title");
    }
}
