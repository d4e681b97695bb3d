package jp.manabiba.learning.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyActions;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.people.ChildSettings;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/**
 * The community action of a unit on a page of its own, where the child comes back from the home card to report
 * what they did (the plan is also made in the unit's last lesson); then on to the end rating.
 */
@Route("learner/action/:unitId")
@RolesAllowed(Roles.LEARNER)
public class CommunityActionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MyActions actions;
    private final MyUnits myUnits;
    private final ChildTexts texts;
    private final ReaderGrade reader;
    private boolean ratedAtEnd;

    public CommunityActionView(MyActions actions, MyUnits myUnits, ChildTexts texts, LearnerPreferences preferences) {
        this.actions = actions;
        this.myUnits = myUnits;
        this.texts = texts;
        ChildSettings settings = preferences.mine();
        this.reader = ChildTexts.reader(settings.furigana(), settings.grade());
        addClassNames("home", "learner-screen", "community-action");
        setClassName("text-large", settings.textSize() == TextSize.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String unitId = event.getRouteParameters().get("unitId").orElse("");
        RouterLink endRating = UnitLinks.rating(unitId, "end", "learning.guide.end.rate");
        // the panel asks first, so a unit not given to the child is refused (and audited) as this screen's
        ActionPanel panel = new ActionPanel(actions, unitId,
                kept -> endRating.setVisible(kept.state() == ActionState.REPORTED && !ratedAtEnd));
        MyUnitCard unit = myUnits.card(unitId);
        ratedAtEnd = unit.ratedAtEnd();
        endRating.setVisible(unit.action() == ActionState.REPORTED && !unit.ratedAtEnd());
        removeAll();
        add(UnitLinks.home(), ChildText.appendTo(new H2(), texts, getTranslation("learning.action.title"), reader),
                ChildText.appendTo(new Paragraph(), texts, unit.title(), reader), new UnitProgress(unit), panel, endRating);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.action.title");
    }
}
