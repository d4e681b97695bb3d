package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;

/**
 * A child's home on a school Chromebook: few words in easy kana, one big card, targets of at least 44 px.
 * The tutoring issue puts today's session and its big "join" button into the card.
 */
@Route("learner")
@RolesAllowed(Roles.LEARNER)
public class LearnerHomeView extends HomePage {

    public LearnerHomeView(CurrentUser currentUser) {
        super("home.learner.title", currentUser.require().displayName());
        addClassName("learner-screen");

        Div today = new Div(new H3(getTranslation("home.learner.today")), coming("home.learner.coming"));
        today.addClassName("big-card");

        RouterLink settings = new RouterLink(MyAccountView.class);
        settings.add(VaadinIcon.COG.create(), new Span(getTranslation("home.learner.settings")));
        settings.addClassName("big-link");
        add(today, settings);
    }
}
