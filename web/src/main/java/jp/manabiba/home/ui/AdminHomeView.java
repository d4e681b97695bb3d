package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.ui.AuditLogView;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.ui.NetworkSitesGrid;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;

/** The administrator's home: the audit log, and the organisations and sites of the network. */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
public class AdminHomeView extends HomePage {

    public AdminHomeView(CurrentUser currentUser, NetworkDirectory network) {
        super("home.admin.title", currentUser.require().displayName());
        RouterLink audit = new RouterLink(getTranslation("audit.title"), AuditLogView.class);
        audit.addClassName("home-link");
        add(coming("home.admin.coming"), audit, new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }
}
