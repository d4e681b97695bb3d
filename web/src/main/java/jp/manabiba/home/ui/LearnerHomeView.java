package jp.manabiba.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.TodayWork;
import jp.manabiba.assignments.WorkBroadcaster;
import jp.manabiba.assignments.ui.TodoCard;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.people.ChildName;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.learning.ui.MyUnitsCard;
import jp.manabiba.people.ChildSettings;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import jp.manabiba.security.ui.LearnerDevice;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import jp.manabiba.tutoring.LearnerSessions;
import jp.manabiba.tutoring.SessionBroadcaster;
import jp.manabiba.tutoring.ui.TodayCard;
import jp.manabiba.tutoring.ui.TodayCardPart;
import jp.manabiba.tutoring.ui.UpcomingSessions;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A child's home on a school Chromebook: few words in easy kana, one big card with today's session and its
 * join button, targets of at least 44 px. Its texts carry furigana for the child ({@link ChildText}); one big
 * 「ふりがな」 switch turns them off and on again, kept on the account.
 */
@Route("learner")
@RolesAllowed(Roles.LEARNER)
public class LearnerHomeView extends HomePage {

    /** The furigana the switch turns back on: what the child had before switching off in this session. */
    static final String FURIGANA_WHEN_ON = LearnerHomeView.class.getName() + ".furiganaWhenOn";
    /** Where the name goes in the greeting's translation: a private-use character no translation contains. */
    private static final String NAME_HERE = "\uE000";

    private final LearnerSessions sessions;
    private final ChildTexts texts;
    private final LearnerPreferences preferences;
    private final ChildName name;
    private final TodayCard today;
    private final TodoCard todo;
    private UpcomingSessions upcoming;
    private final MyUnits myUnits;
    private MyUnitsCard units;
    private final Button furiganaSwitch = new Button();
    private ChildSettings settings;

    public LearnerHomeView(CurrentUser currentUser, LearnerSessions sessions, SessionBroadcaster broadcaster,
                           LearnerPreferences preferences, ChildTexts texts, MyUnits myUnits,
                           Answering answering, TodayWork todayWork, WorkBroadcaster workBroadcaster,
                           ObjectProvider<TodayCardPart> todayParts) {
        super("home.learner.title", currentUser.require().displayName());
        this.sessions = sessions;
        this.texts = texts;
        this.preferences = preferences;
        this.name = preferences.myName();
        addClassName("learner-screen");
        settings = preferences.mine();
        LearnerScreens.applyTextSize(this, settings.textSize());
        LearnerDevice.remember();

        furiganaSwitch.addClassName("furigana-switch");
        furiganaSwitch.addClickListener(click -> toggleFurigana());

        ReaderGrade reader = reader();
        today = new TodayCard(sessions, broadcaster, texts, reader, todayParts.orderedStream().toList());
        upcoming = new UpcomingSessions(sessions.upcoming(), texts, reader);
        todo = new TodoCard(answering, workBroadcaster, todayWork.myLearnerId(), texts, reader);

        RouterLink settingsLink = new RouterLink(ChildSettingsView.class);
        settingsLink.add(VaadinIcon.COG.create(), new Span(getTranslation("home.learner.settings")));
        settingsLink.addClassName("big-link");
        units = new MyUnitsCard(myUnits.list(), texts, reader);
        this.myUnits = myUnits;
        add(furiganaSwitch, today, todo, units, upcoming, settingsLink);
        showGreetingAndSwitch(reader);
    }

    private ReaderGrade reader() {
        return ChildTexts.reader(settings.furigana(), settings.grade());
    }

    /** Off (NONE) when on; back to what the child had (else every kanji) when off. */
    private void toggleFurigana() {
        VaadinSession session = VaadinSession.getCurrent();
        FuriganaPreference next;
        if (settings.furigana() == FuriganaPreference.NONE) {
            Object before = session == null ? null : session.getAttribute(FURIGANA_WHEN_ON);
            next = before instanceof FuriganaPreference on ? on : FuriganaPreference.ALL;
        } else {
            if (session != null) {
                session.setAttribute(FURIGANA_WHEN_ON, settings.furigana());
            }
            next = FuriganaPreference.NONE;
        }
        settings = preferences.changeFurigana(next);
        ReaderGrade reader = reader();
        today.setReader(reader);
        todo.setReader(reader);
        UpcomingSessions redrawn = new UpcomingSessions(sessions.upcoming(), texts, reader);
        replace(upcoming, redrawn);
        upcoming = redrawn;
        MyUnitsCard unitsRedrawn = new MyUnitsCard(myUnits.list(), texts, reader);
        replace(units, unitsRedrawn);
        units = unitsRedrawn;
        showGreetingAndSwitch(reader);
    }

    /** 「こんにちは、{0}さん」 with the child's name read as the family wrote its kana, the words around it as any text. */
    private void showGreetingAndSwitch(ReaderGrade reader) {
        greeting.getElement().removeAllChildren();
        String[] around = getTranslation("home.greeting", NAME_HERE).split(NAME_HERE, 2);
        ChildText.appendTo(greeting, texts, around[0], reader);
        ChildText.appendTo(greeting, texts.name(name, reader));
        if (around.length > 1) {
            ChildText.appendTo(greeting, texts, around[1], reader);
        }
        boolean on = settings.furigana() != FuriganaPreference.NONE;
        furiganaSwitch.setText(getTranslation(on ? "home.learner.furigana.on" : "home.learner.furigana.off"));
        furiganaSwitch.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
