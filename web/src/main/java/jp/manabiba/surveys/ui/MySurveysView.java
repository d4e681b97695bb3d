package jp.manabiba.surveys.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.OpenSurvey;
import jp.manabiba.surveys.SurveyAnswering;

/** The surveys a supporter or teacher is asked to answer and has not yet, with their closing days. */
@Route("my-surveys")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class MySurveysView extends Main implements HasDynamicTitle {

    public MySurveysView(SurveyAnswering answering) {
        addClassNames("people-view", "my-surveys");
        var open = answering.mine();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("surveys.mine.empty")));
        }
        for (OpenSurvey survey : open) {
            RouterLink link = new RouterLink(AdultSurveyView.class, new RouteParameters("id", String.valueOf(survey.id())));
            link.add(new Span(survey.title()), new Span(" · " + getTranslation("surveys.mine.closes", survey.closesOn())));
            link.addClassNames("big-link", "survey-link");
            add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.mine.title");
    }
}
