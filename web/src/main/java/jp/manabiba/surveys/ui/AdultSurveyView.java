package jp.manabiba.surveys.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.SurveyAnswering;
import jp.manabiba.surveys.SurveyForm;

/**
 * A supporter or teacher answers a survey, in English when they chose it and the survey has it: identified ones
 * are kept at each change, anonymous ones only when sent.
 */
@Route("my-surveys/:id")
@RolesAllowed({Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER})
public class AdultSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyAnswering answering;

    public AdultSurveyView(SurveyAnswering answering) {
        this.answering = answering;
        addClassNames("people-view", "adult-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        SurveyForm form;
        try {
            form = answering.open(id, getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()));
        } catch (InvalidInput closed) {
            add(new Paragraph(getTranslation(closed.messageKey())));
            return;
        }
        add(new H2(form.title()), new Paragraph(getTranslation(form.anonymous()
                ? "surveys.answer.anonymous-note" : "surveys.answer.identified-note")));
        add(new AnswerForm(form, Span::new, "surveys.answer.", getTranslation("surveys.answer.required"),
                form.anonymous() ? null : answers -> answering.saveDraft(id, answers),
                (answers, code) -> answering.submit(id, answers, code)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.mine.title");
    }
}
