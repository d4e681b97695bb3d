package jp.manabiba.home.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.security.ui.LearnerDevice;
import jp.manabiba.tutoring.LearnerSessions;
import jp.manabiba.tutoring.SessionBroadcaster;
import jp.manabiba.tutoring.ui.TodayCard;
import jp.manabiba.tutoring.ui.UpcomingSessions;

/**
 * A child's home on a school Chromebook: few words in easy kana, one big card with today's session and its
 * join button, targets of at least 44 px.
 */
@Route("learner")
@RolesAllowed(Roles.LEARNER)
public class LearnerHomeView extends HomePage {

    public LearnerHomeView(CurrentUser currentUser, LearnerSessions sessions, SessionBroadcaster broadcaster,
                           LearnerPreferences preferences) {
        super("home.learner.title", currentUser.require().displayName());
        addClassName("learner-screen");
        LearnerScreens.applyTextSize(this, preferences.mine().textSize());
        LearnerDevice.remember();

        TodayCard today = new TodayCard(sessions, broadcaster);

        RouterLink settings = new RouterLink(ChildSettingsView.class);
        settings.add(VaadinIcon.COG.create(), new Span(getTranslation("home.learner.settings")));
        settings.addClassName("big-link");
        add(today, new UpcomingSessions(sessions.upcoming()), settings);
    }
}
