package jp.manabiba.people.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.people.HouseholdDirectory;
import jp.manabiba.people.HouseholdFilter;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.HouseholdRow;
import jp.manabiba.people.HouseholdStatus;
import jp.manabiba.security.Roles;

/** The coordinator's households: searched by name or kana, filtered by status and fiscal year, paged lazily. */
@Route("households")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdsView extends Main implements HasDynamicTitle {

    private final Grid<HouseholdRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<HouseholdStatus> status = new Select<>();
    private final Select<Integer> year = new Select<>();

    public HouseholdsView(HouseholdDirectory directory, HouseholdRecords records, java.time.Clock clock) {
        addClassNames("people-view", "households-view");
        search.setPlaceholder(getTranslation("households.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setAriaLabel(getTranslation("households.search"));

        status.setLabel(getTranslation("households.status"));
        status.setItems(HouseholdStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : getTranslation("household.status." + s.name()));

        int thisYear = FiscalYear.of(LocalDate.now(clock)).year();
        year.setLabel(getTranslation("households.fiscal-year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("filter.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("filter.all") : getTranslation("fiscal-year.name", String.valueOf(y)));

        Button add = new Button(getTranslation("households.new"), VaadinIcon.PLUS.create(),
                click -> HouseholdFormDialog.create(records, null, id -> navigateTo(id)).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, status, year, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.expand(search);

        // the date as the date pickers write it; columns that share the width and wrap, so that the whole row fits
        // 1366x768 and a tablet: the reading under the name, the support period in one column
        DateTimeFormatter date = DateTimeFormatter.ofPattern("uuuu/MM/dd");
        grid.addColumn(row -> row.familyName() + "（" + row.familyNameKana() + "）")
                .setHeader(getTranslation("household.family-name")).setFlexGrow(1);
        grid.addColumn(row -> row.guardian() == null ? "" : row.guardian()).setKey("guardian")
                .setHeader(getTranslation("households.guardian")).setFlexGrow(1);
        grid.addColumn(HouseholdRow::organisation).setHeader(getTranslation("household.organisation")).setFlexGrow(2);
        grid.addColumn(row -> row.district() == null ? "" : row.district()).setKey("district")
                .setHeader(getTranslation("household.district")).setFlexGrow(1);
        grid.addColumn(row -> date.format(row.supportStarted()) + " 〜 "
                        + (row.supportEnded() == null ? "" : date.format(row.supportEnded())))
                .setHeader(getTranslation("household.support-period")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(HouseholdRow::learners).setHeader(getTranslation("household.learners")).setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> navigateTo(click.getItem().id()));
        grid.setItems(query -> directory.page(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("empty.households"));

        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(toolbar, grid);
    }

    private HouseholdFilter filter() {
        return new HouseholdFilter(search.getValue(), status.getValue(),
                year.getValue() == null ? null : new FiscalYear(year.getValue()));
    }

    private void navigateTo(long householdId) {
        getUI().ifPresent(ui -> ui.navigate(HouseholdView.class, householdId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("households.title");
    }
}
