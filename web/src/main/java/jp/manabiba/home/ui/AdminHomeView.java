package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.ui.NetworkSitesGrid;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;

@Route("admin")
@RolesAllowed({Roles.ADMIN})
public class AdminHomeView extends HomePage {

    public AdminHomeView(CurrentUser currentUser, NetworkDirectory network) {
        super("home.admin.title", currentUser.require().displayName());
        add(coming("home.admin.coming"), new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }
}
