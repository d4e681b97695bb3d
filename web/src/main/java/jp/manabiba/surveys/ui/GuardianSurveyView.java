package jp.manabiba.surveys.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.HomeLanguage;
import jp.manabiba.surveys.SurveyAnswering;
import jp.manabiba.surveys.SurveyForm;

/**
 * A guardian answers through their household's link, without an account: the link's 256-bit token is the proof
 * (SurveysAccess), it expires after the closing day, and it works once. The questions are in the household's home
 * language where the survey was translated, else in Japanese with the やさしい日本語 under each; the page's own
 * words follow (English for an English-speaking household, else Japanese).
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
public class GuardianSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyAnswering answering;

    public GuardianSurveyView(SurveyAnswering answering) {
        this.answering = answering;
        addClassNames("people-view", "guardian-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        SurveyForm form;
        try {
            form = answering.openByLink(token);
        } catch (InvalidInput refused) {
            add(new H1(getTranslation("surveys.guardian.title")), new Paragraph(getTranslation(refused.messageKey())));
            return;
        }
        if (form.language() == HomeLanguage.EN) {
            event.getUI().setLocale(Locale.ENGLISH);
        }
        add(new H1(getTranslation("surveys.guardian.title")), new H2(form.title()),
                new Paragraph(getTranslation("surveys.guardian.intro")),
                new Paragraph(getTranslation(form.anonymous() ? "surveys.answer.anonymous-note" : "surveys.answer.identified-note")));
        add(new AnswerForm(form, Span::new, "surveys.answer.", getTranslation("surveys.answer.required"), null,
                (answers, code) -> answering.submitByLink(token, answers, code)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.guardian.title");
    }
}
