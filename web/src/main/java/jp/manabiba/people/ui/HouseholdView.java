package jp.manabiba.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.people.HouseholdDetails;
import jp.manabiba.people.HouseholdPage;
import jp.manabiba.people.HouseholdRecords;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.LearnerRow;
import jp.manabiba.security.Roles;

/**
 * A household's page: its details and circumstances, guardians and contacts, consents with their history, and
 * children. Opening it is a read of sensitive data and is written to the audit log.
 */
@Route("household")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String SCREEN = "household-page";

    private final HouseholdRecords records;
    private final LearnerRecords learners;
    private final java.time.Clock clock;
    private String title = "";

    public HouseholdView(HouseholdRecords records, LearnerRecords learners, java.time.Clock clock) {
        this.records = records;
        this.learners = learners;
        this.clock = clock;
        addClassNames("people-view", "household-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long householdId) {
        show(records.open(householdId, SCREEN));
    }

    private void show(HouseholdPage page) {
        removeAll();
        HouseholdDetails d = page.details();
        title = getTranslation("household.title", d.familyName());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());

        Button edit = new Button(getTranslation("household.edit"), VaadinIcon.EDIT.create(),
                click -> HouseholdFormDialog.create(records, page, id -> reload(id)).open());
        Button remove = new Button(getTranslation("household.remove"), VaadinIcon.TRASH.create(), click -> confirmRemoval(page));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new H2(title), new Div(edit, remove));

        add(new Paragraph(String.join(" · ", page.organisation(), d.familyNameKana(),
                d.district() == null ? "" : d.district(), getTranslation("home-language." + d.preferredLanguage().name()),
                getTranslation("household.period", date.format(d.supportStarted()),
                        d.supportEnded() == null ? getTranslation("household.ongoing") : date.format(d.supportEnded())))));

        add(new H3(getTranslation("household.circumstances")));
        Span circumstances = new Span(d.circumstances().isEmpty() ? getTranslation("account.none")
                : d.circumstances().stream().sorted().map(c -> getTranslation("circumstance." + c.name()))
                        .collect(Collectors.joining(getTranslation("list.separator"))));
        add(new Div(circumstances));
        if (d.circumstanceNote() != null) {
            add(new Paragraph(d.circumstanceNote()));
        }

        add(new GuardiansSection(records, page, () -> reload(page.id())));
        add(new ConsentsSection(records, page, clock, () -> reload(page.id())));
        add(learnersSection(page));
        ComponentTexts.applyTo(this); // rebuilt after a save, not only on navigation
    }

    private Div learnersSection(HouseholdPage page) {
        Grid<LearnerRow> grid = new Grid<>();
        grid.addColumn(LearnerRow::fullName).setHeader(getTranslation("learner.name"));
        grid.addColumn(row -> row.familyNameKana() + " " + row.givenNameKana()).setHeader(getTranslation("learner.kana"));
        grid.addColumn(row -> row.grade() == null ? "" : getTranslation("grade." + row.grade().name())).setHeader(getTranslation("learner.grade"));
        grid.addColumn(row -> row.school() == null ? "" : row.school()).setHeader(getTranslation("learner.school"));
        grid.addColumn(row -> getTranslation(row.hasAccount() ? "learner.has-account" : "learner.no-account"))
                .setHeader(getTranslation("learner.account"));
        Screenful.show(grid, page.learners());
        grid.setEmptyStateText(getTranslation("empty.household-learners"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(LearnerView.class, click.getItem().id())));
        Button add = new Button(getTranslation("learner.add"), VaadinIcon.PLUS.create(),
                click -> LearnerFormDialog.create(learners, page.id(), null, id -> reload(page.id())).open());
        return new Div(new H3(getTranslation("household.learners")), grid, add);
    }

    private void confirmRemoval(HouseholdPage page) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("household.remove"),
                getTranslation("household.remove.confirm"), getTranslation("household.remove"), yes -> {
            records.remove(page.id());
            getUI().ifPresent(ui -> ui.navigate(HouseholdsView.class));
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reload(long householdId) {
        show(records.open(householdId, SCREEN));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
