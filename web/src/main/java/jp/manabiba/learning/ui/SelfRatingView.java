package jp.manabiba.learning.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.learning.RatingMoment;
import jp.manabiba.learning.SelfRatings;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/**
 * The child rates themselves on the abilities a unit targets, before its first lesson ({@code start}) and after
 * the last ({@code end}). The choice is kept as soon as every ability has a step (the service takes them all at
 * once), and again at every change, with ほぞんしました and the time; opening it again shows the steps chosen.
 */
@Route("learner/rating/:unitId/:moment")
@RolesAllowed(Roles.LEARNER)
public class SelfRatingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SelfRatings ratings;
    private final MyUnits myUnits;
    private final ChildTexts texts;
    private final ReaderGrade reader;
    private final List<AbilityRating> abilities = new ArrayList<>();
    private final SaveStatus status = new SaveStatus();
    private String unitId = "";
    private RatingMoment moment = RatingMoment.START;

    public SelfRatingView(SelfRatings ratings, MyUnits myUnits, ChildTexts texts, LearnerPreferences preferences) {
        this.ratings = ratings;
        this.myUnits = myUnits;
        this.texts = texts;
        var settings = preferences.mine();
        this.reader = ChildTexts.reader(settings.furigana(), settings.grade());
        addClassNames("home", "learner-screen", "self-rating");
        setClassName("text-large", settings.textSize() == TextSize.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unitId = event.getRouteParameters().get("unitId").orElse("");
        String asked = event.getRouteParameters().get("moment").orElse("").toUpperCase(Locale.ROOT);
        if (!asked.equals("START") && !asked.equals("END")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        moment = RatingMoment.valueOf(asked);
        Map<EsdAbility, Integer> mine = ratings.mine(unitId, moment);
        MyUnitCard unit = myUnits.card(unitId);
        removeAll();
        abilities.clear();
        String key = moment == RatingMoment.START ? "start" : "end";
        add(UnitLinks.home(), ChildText.appendTo(new H2(), texts, getTranslation("learning.rating.title." + key), reader),
                ChildText.appendTo(new Paragraph(), texts, unit.title(), reader),
                ChildText.appendTo(new Paragraph(), texts, getTranslation("learning.rating.intro." + key), reader));
        for (EsdAbility ability : ratings.abilities(unitId)) {
            AbilityRating rating = new AbilityRating(ability, mine.get(ability), texts, reader, this::chosen);
            abilities.add(rating);
            add(rating);
        }
        status.setText("");
        add(status, new UnitProgress(unit));
        addNext(unit);
    }

    private void chosen(AbilityRating changed) {
        changed.invalid(null);
        Map<EsdAbility, Integer> levels = new EnumMap<>(EsdAbility.class);
        abilities.stream().filter(a -> a.level() != null).forEach(a -> levels.put(a.ability(), a.level()));
        if (levels.size() < abilities.size()) {
            status.pending(getTranslation("learning.rating.left", abilities.size() - levels.size()));
            return;
        }
        try {
            Instant at = ratings.rate(unitId, moment, levels);
            status.saved(at);
        } catch (InvalidInput refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            abilities.stream().filter(a -> a.ability().id().equals(refusal.field())).forEach(a -> a.invalid(message));
            status.refused(message);
        }
    }

    private void addNext(MyUnitCard unit) {
        if (moment == RatingMoment.START && unit.nextLessonId() != null) {
            add(UnitLinks.lesson(unit.unitId(), unit.nextLessonId(), "learning.rating.go-lesson"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(moment == RatingMoment.START ? "learning.rating.title.start" : "learning.rating.title.end");
    }
}
