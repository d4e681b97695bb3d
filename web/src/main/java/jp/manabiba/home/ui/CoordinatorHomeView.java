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

/** The coordinator's home: this fiscal year's households supported against the target, and the way to the lists. */
@Route("coordinator")
@RolesAllowed(Roles.COORDINATOR)
public class CoordinatorHomeView extends HomePage {

    public CoordinatorHomeView(CurrentUser currentUser, HouseholdOutcomes outcomes, NetworkDirectory network) {
        super("home.coordinator.title", currentUser.require().displayName());
        add(new H3(getTranslation("outcome.title")), new OutcomeCards(outcomes.currentYear()));
        RouterLink households = new RouterLink(getTranslation("households.title"), HouseholdsView.class);
        RouterLink supporters = new RouterLink(getTranslation("supporters.title"), SupportersView.class);
        households.addClassName("home-link");
        supporters.addClassName("home-link");
        add(households, supporters, new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }
}
