package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.ui.AuditLogView;
import jp.manabiba.people.HouseholdOutcomes;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.ui.NetworkSitesGrid;
import jp.manabiba.people.ui.OutcomeCards;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.training.TrainingTargets;
import jp.manabiba.training.ui.TrainingTargetCards;

/**
 * The administrator's home: the programme's figures this fiscal year across every organisation (households
 * supported, supporters trained), the audit log,
 * and the organisations and sites of the network.
 */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
public class AdminHomeView extends HomePage {

    public AdminHomeView(CurrentUser currentUser, HouseholdOutcomes outcomes, NetworkDirectory network,
                         TrainingTargets trainingTargets) {
        super("home.admin.title", currentUser.require().displayName());
        RouterLink audit = new RouterLink(getTranslation("audit.title"), AuditLogView.class);
        audit.addClassName("home-link");
        add(new H3(getTranslation("outcome.title")), OutcomeCards.programme(outcomes.programmeTotal()),
                new H3(getTranslation("training.target.home-title")), TrainingTargetCards.network(trainingTargets.network()),
                coming("home.admin.coming"), audit, new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }
}
