package jp.manabiba.training.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.OrganisationOption;
import jp.manabiba.security.Roles;
import jp.manabiba.training.OverviewRow;
import jp.manabiba.training.OrganisationReadiness;
import jp.manabiba.training.TrainingOverviews;

/**
 * 研修の状況: an organisation's supporters in three groups, ready, blocked (with what is missing, and marked when
 * still matched or scheduled) and expiring within 60 days. Each name opens the supporter's training record.
 */
@Route("training/supporters")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class TrainingOverviewView extends Main implements HasDynamicTitle {

    private final TrainingOverviews overviews;
    private final Div groups = new Div();

    public TrainingOverviewView(TrainingOverviews overviews) {
        this.overviews = overviews;
        addClassNames("people-view", "training-overview");
        List<OrganisationOption> organisations = overviews.organisations();
        if (organisations.isEmpty()) {
            add(new Paragraph(getTranslation("coord.overview.no-organisation")));
            return;
        }
        Select<OrganisationOption> chooser = new Select<>();
        chooser.setLabel(getTranslation("household.organisation"));
        chooser.setItems(organisations);
        chooser.setItemLabelGenerator(OrganisationOption::name);
        chooser.setVisible(organisations.size() > 1);
        chooser.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(overviews.of(change.getValue().id()));
            }
        });
        add(chooser, groups);
        chooser.setValue(organisations.getFirst());
    }

    private void show(OrganisationReadiness overview) {
        groups.removeAll();
        section("coord.overview.blocked", "blocked", overview.blocked(), OverviewGrids.blocked(overview.blocked()));
        section("coord.overview.expiring", "expiring", overview.expiring(), OverviewGrids.expiring(overview.expiring()));
        section("coord.overview.ready", "ready", overview.ready(), OverviewGrids.ready(overview.ready()));
    }

    private void section(String titleKey, String name, List<OverviewRow> rows, com.vaadin.flow.component.Component grid) {
        H2 title = new H2(getTranslation(titleKey, rows.size()));
        Div section = new Div(title, grid);
        section.addClassNames("training-group", "training-group-" + name);
        groups.add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coord.overview.title");
    }
}
