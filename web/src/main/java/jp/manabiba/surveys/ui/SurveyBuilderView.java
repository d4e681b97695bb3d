package jp.manabiba.surveys.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.base.ui.ComponentTexts;
import jp.manabiba.base.ui.FieldErrors;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import jp.manabiba.surveys.QuestionDraft;
import jp.manabiba.surveys.SurveyAuthoring;
import jp.manabiba.surveys.SurveyDetail;
import jp.manabiba.surveys.SurveyState;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * The questionnaire builder: settings, questions (added, removed, in every language), saved as a whole, then
 * published. Every refusal of the service is shown at its field. Once a version is answered, saving makes the next
 * version, and the builder says so before the coordinator saves.
 */
@Route("surveys/edit/:id?")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class SurveyBuilderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyAuthoring authoring;
    private final Div banner = new Div();
    private final FieldErrors errors = new FieldErrors(banner);
    private final SurveySettings settings;
    private final Div questions = new Div();
    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Paragraph versionNote = new Paragraph();
    private final PublishPanel publishing;
    private @Nullable SurveyDetail survey;

    public SurveyBuilderView(SurveyAuthoring authoring, @Value("${manabiba.site-origin:https://localhost}") String siteOrigin) {
        this.authoring = authoring;
        addClassNames("people-view", "survey-builder");
        settings = new SurveySettings(authoring, errors);
        publishing = new PublishPanel(authoring, siteOrigin);
        questions.addClassName("survey-questions");
        Button add = new Button(getTranslation("surveys.question.add"), VaadinIcon.PLUS.create(), click -> addQuestion(null));
        Button save = new Button(getTranslation("surveys.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-survey");
        versionNote.addClassName("version-note");
        add(banner, settings, new H2(getTranslation("surveys.questions")), versionNote, questions, add, save, publishing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        survey = null;
        editors.clear();
        questions.removeAll();
        event.getRouteParameters().getLong("id").ifPresentOrElse(id -> show(authoring.detail(id)), () -> {
            addQuestion(null);
            publishing.setVisible(false);
        });
    }

    private void show(SurveyDetail detail) {
        survey = detail;
        settings.show(detail);
        editors.clear();
        questions.removeAll();
        detail.questions().forEach(this::addQuestion);
        versionNote.setText(getTranslation(detail.frozen() ? "surveys.version.frozen" : "surveys.version.open",
                detail.versionNumber()));
        publishing.setVisible(true);
        publishing.show(detail);
        settings.lockAfterPublishing(detail.state() != SurveyState.DRAFT);
        ComponentTexts.applyTo(this);
    }

    private void addQuestion(@Nullable QuestionDraft initial) {
        QuestionEditor editor = new QuestionEditor(initial, this::removeQuestion);
        editors.add(editor);
        questions.add(editor);
        renumber();
    }

    private void removeQuestion(QuestionEditor editor) {
        editors.remove(editor);
        questions.remove(editor);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1, errors);
        }
    }

    private void save() {
        errors.clear();
        try {
            var draft = settings.draft(editors.stream().map(QuestionEditor::draft).toList());
            if (survey == null) {
                long id = authoring.create(draft);
                getUI().ifPresent(ui -> ui.navigate(SurveyBuilderView.class, new RouteParameters("id", String.valueOf(id))));
            } else {
                long id = survey.id();
                authoring.change(id, survey.lock(), draft);
                show(authoring.detail(id));
                Notification.show(getTranslation("surveys.saved"), 3000, Notification.Position.BOTTOM_START);
            }
        } catch (InvalidInput refusal) {
            errors.show(refusal, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(survey == null ? "surveys.new" : "surveys.edit-title");
    }
}
