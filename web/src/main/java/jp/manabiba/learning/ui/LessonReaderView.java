package jp.manabiba.learning.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import jp.manabiba.learning.MyActions;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.learning.LookAroundPhotos;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.TextSize;
import jp.manabiba.security.Roles;
import jp.manabiba.text.ChildTexts;
import jp.manabiba.text.ui.ChildText;
import org.jspecify.annotations.Nullable;
import jp.manabiba.curriculum.text.RubySyntax;

/**
 * A child reads a lesson of a unit given to them and does its activities. What they type is kept a moment after
 * they stop (at most 2 s) and each activity says 「ほぞんしました」 with the time, so closing the Chromebook or
 * moving to another one loses nothing: the lesson opens again with the saved answers. Texts carry furigana for
 * the child's setting and grade; the lesson's own text comes rendered and sanitised from the service.
 */
@Route("learner/lesson/:unitId/:lessonId")
@RolesAllowed(Roles.LEARNER)
public class LessonReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonWork work;
    private final MyUnits myUnits;
    private final MyActions actions;
    private final LookAroundPhotos photos;
    private final ChildTexts texts;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, SaveStatus> statuses = new HashMap<>();
    private final Map<String, Component> fields = new HashMap<>();
    private String title = "";
    private Section endGuide = new Section();

    public LessonReaderView(LessonWork work, LookAroundPhotos photos, MyUnits myUnits, MyActions actions, ChildTexts texts,
                            LearnerPreferences preferences) {
        this.work = work;
        this.photos = photos;
        this.myUnits = myUnits;
        this.actions = actions;
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
        title = RubySyntax.plain(page.title());
        MyUnitCard unit = myUnits.card(page.unitId());
        H2 heading = ChildText.appendTo(new H2(), texts, page.title(), page.reader());
        Div text = new Div();
        text.addClassNames("child-text", "child-markdown", "lesson-text");
        text.getElement().setProperty("innerHTML", page.html()); // ChildMarkdown's allow-listed HTML only
        add(UnitLinks.home(), new UnitProgress(unit), heading,
                UnitGuide.before(unit, page.lessonId(), texts, page.reader()), text);
        for (ActivityView activity : page.activities()) {
            add(activity(page, activity));
        }
        Button finish = new Button(getTranslation(page.finished() ? "learning.reader.finished" : "learning.reader.finish"));
        finish.addClassName("finish-lesson");
        finish.addClickListener(click -> finish(page, finish));
        endGuide = UnitGuide.after(unit, page.lessonId(), texts, page.reader());
        add(finish, endGuide);
    }

    private Section activity(LessonPage page, ActivityView activity) {
        Section section = new Section();
        section.addClassNames("big-card", "activity");
        section.add(ChildText.appendTo(new Paragraph(), texts, activity.prompt(), page.reader()));
        SaveStatus status = new SaveStatus();
        statuses.put(activity.id(), status);
        if (activity.savedAt() != null) { // the version seen goes back with the next save; none when nothing was seen
            versions.put(activity.id(), activity.version());
            status.saved(activity.savedAt());
        }
        Component field = ActivityField.of(activity, texts, page.reader(), answer -> save(page.unitId(), activity.id(), answer));
        if (field == null) { // the community action: its examples, then the plan (and later the report)
            activity.examples().forEach(example -> section.add(ChildText.appendTo(new Paragraph(), texts, example, page.reader())));
            section.add(new ActionPanel(actions, page.unitId(), kept -> status.setText("")), status);
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
            Section guide = UnitGuide.after(myUnits.card(page.unitId()), page.lessonId(), texts, page.reader());
            replace(endGuide, guide);
            endGuide = guide;
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
