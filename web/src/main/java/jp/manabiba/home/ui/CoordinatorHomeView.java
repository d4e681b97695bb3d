package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.ui.NetworkSitesGrid;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;

@Route("coordinator")
@RolesAllowed({Roles.COORDINATOR})
public class CoordinatorHomeView extends HomePage {

    public CoordinatorHomeView(CurrentUser currentUser, NetworkDirectory network) {
        super("home.coordinator.title", currentUser.require().displayName());
        add(coming("home.coordinator.coming"), new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }
}
