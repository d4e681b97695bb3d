package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.HouseholdOutcomes;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.NetworkSitesGrid;
import jp.manabiba.people.ui.OutcomeCards;
import jp.manabiba.people.ui.SupportersView;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.tutoring.AttendanceReports;

/** The coordinator's home: this fiscal year's households supported against the target, and the way to the lists. */
@Route("coordinator")
@RolesAllowed(Roles.COORDINATOR)
public class CoordinatorHomeView extends HomePage {

    public CoordinatorHomeView(CurrentUser currentUser, HouseholdOutcomes outcomes, NetworkDirectory network,
                               AttendanceReports reports) {
        super("home.coordinator.title", currentUser.require().displayName());
        add(new H3(getTranslation("outcome.title")), new OutcomeCards(outcomes.currentYear()));
        var missing = reports.missedLastThree();
        add(new H3(getTranslation("coordinator.reach-out")), new com.vaadin.flow.component.html.Paragraph(missing.isEmpty()
                ? getTranslation("coordinator.reach-out.none")
                : String.join(getTranslation("list.separator"), missing)));
        RouterLink households = new RouterLink(getTranslation("households.title"), HouseholdsView.class);
        RouterLink supporters = new RouterLink(getTranslation("supporters.title"), SupportersView.class);
        households.addClassName("home-link");
        supporters.addClassName("home-link");
        add(households, supporters, new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }
}
