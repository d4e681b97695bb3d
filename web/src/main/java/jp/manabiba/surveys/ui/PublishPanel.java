package jp.manabiba.surveys.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.manabiba.base.ui.DateField;
import jp.manabiba.base.ui.DateFields;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.surveys.Audience;
import jp.manabiba.surveys.GuardianLink;
import jp.manabiba.surveys.SurveyAuthoring;
import jp.manabiba.surveys.SurveyDetail;

/**
 * Publishing a saved survey: the dates it is open (Asia/Tokyo, inclusive), then its audience is asked. A guardian
 * survey shows the households' links to print or send, and can make new ones (the old ones stop working).
 */
final class PublishPanel extends Section {

    private final SurveyAuthoring authoring;
    private final Div banner = new Div();
    private final FieldErrors errors = new FieldErrors(banner);
    private final DateField opensOn = new DateField();
    private final DateField closesOn = new DateField();
    private final Paragraph outcome = new Paragraph();
    private final Div links = new Div();
    private final String siteOrigin;
    private long surveyId;

    PublishPanel(SurveyAuthoring authoring, String siteOrigin) {
        this.authoring = authoring;
        this.siteOrigin = siteOrigin;
        addClassNames("big-card", "publish-panel");
        opensOn.setLabel(getTranslation("surveys.opens-on"));
        closesOn.setLabel(getTranslation("surveys.closes-on"));
        errors.field("opensOn", opensOn);
        errors.field("closesOn", closesOn);
        Button publish = new Button(getTranslation("surveys.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("publish");
        outcome.addClassName("publish-outcome");
        outcome.getElement().setAttribute("role", "status");
        links.addClassName("guardian-links");
        add(new H2(getTranslation("surveys.publishing")), banner, opensOn, closesOn, publish, outcome, links);
    }

    void show(SurveyDetail survey) {
        surveyId = survey.id();
        LocalDate today = LocalDate.now(ProgrammeZone.TOKYO);
        opensOn.setValue(survey.opensOn() == null ? today : survey.opensOn());
        closesOn.setValue(survey.closesOn() == null ? today.plusDays(14) : survey.closesOn());
        links.removeAll();
        if (survey.audience() == Audience.GUARDIAN && survey.opensOn() != null) {
            links.add(new Button(getTranslation("surveys.links.renew"), click -> showLinks(authoring.renewLinks(surveyId))));
        }
    }

    private void publish() {
        errors.clear();
        try {
            LocalDate opens = DateFields.required(opensOn, "opensOn");
            LocalDate closes = DateFields.required(closesOn, "closesOn");
            SurveyAuthoring.Published published = authoring.publish(surveyId, opens, closes);
            outcome.setText(getTranslation("surveys.published", published.invited()));
            if (!published.links().isEmpty()) {
                showLinks(published.links());
            }
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    private void showLinks(List<GuardianLink> made) {
        links.removeAll();
        links.add(new Paragraph(getTranslation("surveys.links.help")));
        Button print = new Button(getTranslation("surveys.links.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        links.add(print);
        for (GuardianLink link : made) {
            Div row = new Div(new Paragraph(getTranslation("surveys.links.household", link.familyName(),
                    getTranslation("home-language." + link.language().name()))), new Paragraph(siteOrigin + "/" + link.path()));
            row.addClassName("guardian-link");
            links.add(row);
        }
    }
}
