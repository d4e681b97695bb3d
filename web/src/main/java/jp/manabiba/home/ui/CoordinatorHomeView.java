package jp.manabiba.home.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.HouseholdOutcomes;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.ui.HouseholdsView;
import jp.manabiba.people.ui.LearnerView;
import jp.manabiba.people.ui.NetworkSitesGrid;
import jp.manabiba.people.ui.OutcomeCards;
import jp.manabiba.people.ui.SupportersView;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.training.TrainingTargets;
import jp.manabiba.training.ui.TrainingTargetCards;
import jp.manabiba.tutoring.AttendanceReports;

/**
 * The coordinator's home: this fiscal year's households supported and supporters trained against the targets, and
 * the way to the lists.
 */
@Route("coordinator")
@RolesAllowed(Roles.COORDINATOR)
public class CoordinatorHomeView extends HomePage {

    public CoordinatorHomeView(CurrentUser currentUser, HouseholdOutcomes outcomes, NetworkDirectory network,
                               AttendanceReports reports, TrainingTargets trainingTargets) {
        super("home.coordinator.title", currentUser.require().displayName());
        add(new H3(getTranslation("outcome.title")), new OutcomeCards(outcomes.currentYear()));
        add(new H3(getTranslation("training.target.home-title")), new TrainingTargetCards(trainingTargets.organisations()));
        add(new H3(getTranslation("coordinator.reach-out")), reachOut(reports.missedLastThreeByLearner()));
        RouterLink households = new RouterLink(getTranslation("households.title"), HouseholdsView.class);
        RouterLink supporters = new RouterLink(getTranslation("supporters.title"), SupportersView.class);
        households.addClassName("home-link");
        supporters.addClassName("home-link");
        add(households, supporters, new H3(getTranslation("network.title")), new NetworkSitesGrid(network));
    }

    /** Each child who missed their last three sessions links to their page: the coordinator reaches out from there. */
    private com.vaadin.flow.component.Component reachOut(Map<Long, String> missing) {
        if (missing.isEmpty()) {
            return new Paragraph(getTranslation("coordinator.reach-out.none"));
        }
        Div links = new Div();
        links.addClassName("reach-out");
        missing.forEach((learnerId, name) -> links.add(new RouterLink(name, LearnerView.class, learnerId)));
        return links;
    }
}
