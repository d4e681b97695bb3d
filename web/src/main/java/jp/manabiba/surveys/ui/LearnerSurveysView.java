package jp.manabiba.surveys.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.OpenSurvey;
import jp.manabiba.surveys.SurveyAnswering;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/** A child's open surveys as big links, each title with furigana for the child's reader. */
@Route("learner/surveys")
@RolesAllowed(Roles.LEARNER)
public class LearnerSurveysView extends Main implements HasDynamicTitle {

    public LearnerSurveysView(SurveyAnswering answering, ChildTexts texts, LearnerPreferences preferences) {
        var settings = preferences.mine();
        ReaderGrade reader = ChildTexts.reader(settings.furigana(), settings.grade());
        addClassNames("home", "learner-screen", "learner-surveys");
        setClassName("text-large", settings.textSize() == TextSize.LARGE);
        var open = answering.mine();
        if (open.isEmpty()) {
            add(ChildText.appendTo(new Paragraph(), texts, getTranslation("surveys.child.empty"), reader));
        }
        for (OpenSurvey survey : open) {
            RouterLink link = new RouterLink(ChildSurveyView.class, new RouteParameters("id", String.valueOf(survey.id())));
            link.add(ChildText.line(texts, survey.title(), reader));
            link.addClassNames("big-link", "survey-link");
            add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.child.title");
    }
}
