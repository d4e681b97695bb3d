package jp.manabiba.learning.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The big links between a unit's screens: home, a lesson, a rating (start / end), the community action. */
final class UnitLinks {

    /** The learner home, by its address: the home shows this feature's card, so naming its class would make a cycle. */
    static final String HOME = "learner";

    private UnitLinks() {
    }

    static Anchor home() {
        Anchor home = new Anchor(HOME);
        home.getElement().setAttribute("router-link", true);
        home.add(VaadinIcon.ARROW_LEFT.create(), new Span(home.getTranslation("learning.reader.back")));
        home.addClassName("big-link");
        return home;
    }

    static RouterLink lesson(String unitId, String lessonId, String textKey) {
        return link(LessonReaderView.class, Map.of("unitId", unitId, "lessonId", lessonId), textKey, "open-lesson");
    }

    /** {@code moment}: "start" or "end". */
    static RouterLink rating(String unitId, String moment, String textKey) {
        return link(SelfRatingView.class, Map.of("unitId", unitId, "moment", moment), textKey, "open-rating-" + moment);
    }

    static RouterLink action(String unitId, String textKey) {
        return link(CommunityActionView.class, Map.of("unitId", unitId), textKey, "open-action");
    }

    private static RouterLink link(Class<? extends Component> view, Map<String, String> parameters,
                                   String textKey, String className) {
        RouterLink link = new RouterLink(view, new RouteParameters(parameters));
        link.setText(link.getTranslation(textKey));
        link.addClassNames("big-link", className);
        return link;
    }
}
