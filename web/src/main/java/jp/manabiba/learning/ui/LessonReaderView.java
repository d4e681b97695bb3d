package jp.manabiba.learning.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.learning.ActivityView;
import jp.manabiba.learning.AnswerSaved;
import jp.manabiba.learning.LessonPage;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.LookAroundPhotos;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;

/**
 * A child reads a lesson of a unit given to them and does its activities. What they type is kept a moment after
 * they stop (at most 2 s) and each activity says 「ほぞんしました」 with the time, so closing the Chromebook or
 * moving to another one loses nothing: the lesson opens again with the saved answers. Texts carry furigana for
 * the child's setting and grade; the lesson's own text comes rendered and sanitised from the service.
 */
@Route("learner/lesson/:unitId/:lessonId")
@RolesAllowed(Roles.LEARNER)
public class LessonReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String HOME = "learner";

    private final LessonWork work;
    private final LookAroundPhotos photos;
    private final ChildTexts texts;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, SaveStatus> statuses = new HashMap<>();
    private final Map<String, Component> fields = new HashMap<>();
    private String title = "";

    public LessonReaderView(LessonWork work, LookAroundPhotos photos, ChildTexts texts, LearnerPreferences preferences) {
        this.work = work;
        this.photos = photos;
        this.texts = texts;
        addClassNames("home", "learner-screen", "lesson-reader");
        setClassName("text-large", preferences.mine().textSize() == TextSize.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String unitId = event.getRouteParameters().get("unitId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        show(work.open(unitId, lessonId));
    }

    private void show(LessonPage page) {
        removeAll();
        title = ActivityField.withoutRuby(page.title());
        // by its address: the home shows this feature's card, so naming its class here would make a cycle
        Anchor home = new Anchor(HOME);
        home.getElement().setAttribute("router-link", true);
        home.add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("learning.reader.back")));
        home.addClassName("big-link");
        H2 heading = ChildText.appendTo(new H2(), texts, page.title(), page.reader());
        Div text = new Div();
        text.addClassNames("child-text", "child-markdown", "lesson-text");
        text.getElement().setProperty("innerHTML", page.html()); // ChildMarkdown's allow-listed HTML only
        add(home, heading, text);
        for (ActivityView activity : page.activities()) {
            add(activity(page, activity));
        }
        Button finish = new Button(getTranslation(page.finished() ? "learning.reader.finished" : "learning.reader.finish"));
        finish.addClassName("finish-lesson");
        finish.addClickListener(click -> finish(page, finish));
        add(finish);
    }

    private Section activity(LessonPage page, ActivityView activity) {
        Section section = new Section();
        section.addClassNames("big-card", "activity");
        section.add(ChildText.appendTo(new Paragraph(), texts, activity.prompt(), page.reader()));
        SaveStatus status = new SaveStatus();
        statuses.put(activity.id(), status);
        if (activity.savedAt() != null) {
            // the version of the answer this screen shows; a first answer's is 0, so absence is told by no entry
            versions.put(activity.id(), activity.version());
            status.saved(activity.savedAt());
        }
        Component field = ActivityField.of(activity, answer -> save(page.unitId(), activity.id(), answer));
        if (field == null) {
            activity.examples().forEach(example -> section.add(ChildText.appendTo(new Paragraph(), texts, example, page.reader())));
            return section;
        }
        fields.put(activity.id(), field);
        section.add(field);
        if (activity.photoAsked()) {
            section.add(new PhotoField(page.unitId(), activity, photos, status));
        }
        section.add(status);
        return section;
    }

    private void save(String unitId, String activityId, @Nullable String answer) {
        SaveStatus status = statuses.get(activityId);
        try {
            AnswerSaved saved = work.save(unitId, activityId, answer, versions.get(activityId));
            versions.put(activityId, saved.version());
            status.saved(saved.savedAt());
            invalid(activityId, false);
        } catch (InvalidInput refusal) {
            status.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
            invalid(activityId, true);
        }
    }

    private void finish(LessonPage page, Button finish) {
        try {
            work.finish(page.unitId(), page.lessonId());
            finish.setText(getTranslation("learning.reader.finished"));
        } catch (InvalidInput refusal) {
            SaveStatus status = statuses.get(refusal.field());
            if (status != null) {
                status.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
                invalid(refusal.field(), true);
            } else {
                finish.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        }
    }

    private void invalid(String activityId, boolean invalid) {
        if (fields.get(activityId) instanceof HasValidation field) {
            field.setInvalid(invalid);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
