package jp.manabiba.surveys.ui;

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
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.SurveyAnswering;
import jp.manabiba.surveys.SurveyForm;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;

/**
 * A child answers a survey: the やさしい日本語 texts with furigana for their reader, a Likert question as five big
 * faces, choices as big buttons (at least 44 px, manabiba.css), one button to send. An identified survey keeps
 * each change at once; an anonymous one is kept only when sent, and says that no name is kept.
 */
@Route("learner/surveys/:id")
@RolesAllowed(Roles.LEARNER)
public class ChildSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyAnswering answering;
    private final ChildTexts texts;
    private final ReaderGrade reader;

    public ChildSurveyView(SurveyAnswering answering, ChildTexts texts, LearnerPreferences preferences) {
        this.answering = answering;
        this.texts = texts;
        var settings = preferences.mine();
        this.reader = ChildTexts.reader(settings.furigana(), settings.grade());
        addClassNames("home", "learner-screen", "child-survey");
        setClassName("text-large", settings.textSize() == TextSize.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink(LearnerSurveysView.class);
        back.add(ChildText.line(texts, getTranslation("surveys.child.title"), reader));
        back.addClassName("big-link");
        add(back);
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        SurveyForm form;
        try {
            form = answering.open(id, false);
        } catch (InvalidInput closed) {
            add(ChildText.appendTo(new Paragraph(), texts, getTranslation(closed.messageKey()), reader));
            return;
        }
        add(ChildText.appendTo(new H2(), texts, form.title(), reader));
        if (form.anonymous()) {
            add(ChildText.appendTo(new Paragraph(), texts, getTranslation("surveys.child.anonymous"), reader));
        }
        add(new AnswerForm(form, text -> ChildText.line(texts, text, reader), "surveys.child.", null,
                form.anonymous() ? null : answers -> answering.saveDraft(id, answers),
                (answers, code) -> answering.submit(id, answers, code)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.child.title");
    }
}
