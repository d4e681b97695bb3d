package jp.manabiba.assignments.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.AssignmentResults;
import jp.manabiba.assignments.CompletionRate;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.Screenful;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Roles;

/**
 * A coordinator's completion rates of work due in a period, per organisation and per session series (given, handed
 * in, done, late, rate), each downloadable as CSV. A date that cannot be read is named at its field and nothing is
 * shown until it is put right, as on the audit screen.
 */
@Route("work/completion")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class CompletionView extends Main implements HasDynamicTitle {

    private final AssignmentResults results;
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final Grid<CompletionRate> organisations = new Grid<>();
    private final Grid<CompletionRate> series = new Grid<>();
    private List<CompletionRate> organisationRows = List.of();
    private List<CompletionRate> seriesRows = List.of();

    public CompletionView(AssignmentResults results, Clock clock) {
        this.results = results;
        addClassNames("people-view", "completion-view");
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        from.setLabel(getTranslation("completion.from"));
        from.setValue(today.minusMonths(1));
        to.setLabel(getTranslation("completion.to"));
        to.setValue(today.plusMonths(1));
        CsvColumns<CompletionRate> perOrganisation = ResultColumns.completion(this, "completion.organisation");
        CsvColumns<CompletionRate> perSeries = ResultColumns.completion(this, "completion.series");
        perOrganisation.addTo(organisations);
        perSeries.addTo(series);
        organisations.addClassName("completion-organisations");
        series.addClassName("completion-series");
        organisations.setEmptyStateText(getTranslation("empty.completion"));
        series.setEmptyStateText(getTranslation("empty.completion"));
        Anchor exportOrganisations = perOrganisation.download("manabiba-completion-organisations.csv",
                getTranslation("completion.export"), () -> organisationRows);
        Anchor exportSeries = perSeries.download("manabiba-completion-series.csv", getTranslation("completion.export"),
                () -> seriesRows);
        for (DateField date : new DateField[] {from, to}) {
            date.setManualValidation(true); // the message below is the only one, for typed and tampered text alike
            date.addValueChangeListener(e -> refresh());
            date.getElement().addEventListener("unparsable-change", e -> refresh());
        }
        HorizontalLayout period = new HorizontalLayout(from, to);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        add(period, new H2(getTranslation("completion.per-organisation")), exportOrganisations, organisations,
                new H2(getTranslation("completion.per-series")), exportSeries, series);
        refresh();
    }

    private void refresh() {
        try {
            from.setInvalid(false);
            to.setInvalid(false);
            LocalDate first = DateFields.required(from, "from");
            LocalDate last = DateFields.required(to, "to");
            organisationRows = results.byOrganisation(first, last);
            seriesRows = results.bySeries(first, last);
        } catch (InvalidInput unreadable) {
            DateField field = "from".equals(unreadable.field()) ? from : to;
            field.setErrorMessage(getTranslation(unreadable.messageKey(), unreadable.arguments()));
            field.setInvalid(true);
            organisationRows = List.of();
            seriesRows = List.of();
        }
        Screenful.show(organisations, organisationRows);
        Screenful.show(series, seriesRows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completion.title");
    }
}
