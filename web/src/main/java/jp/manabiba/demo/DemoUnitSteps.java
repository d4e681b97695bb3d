package jp.manabiba.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.manabiba.curriculum.unit.Activity;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.curriculum.unit.CommunityAction;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.LookAround;
import jp.manabiba.curriculum.unit.NumberQuestion;
import jp.manabiba.curriculum.unit.Reflection;
import jp.manabiba.curriculum.unit.ShortTextQuestion;
import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.learning.ActionPlan;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.MyActions;
import jp.manabiba.learning.RatingMoment;
import jp.manabiba.learning.SelfRatings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** A demo child working through an ESD unit, through the services the lesson reader and its forms call. */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoUnitSteps {

    private static final List<String> REFLECTIONS = List.of(
            "はじめて しった ことが たくさん あった。いえの 人にも おしえたい。",
            "じぶんに できる ことから やって みようと おもった。",
            "ともだちと いっしょに かんがえると、いろいろな かんがえが あって おもしろかった。");
    private static final String LOOKED = "いえの ちかくを あるいて、みつけた ことを メモしたよ。";

    private final LessonWork lessons;
    private final SelfRatings ratings;
    private final MyActions myActions;
    private final DemoActors actors;

    DemoUnitSteps(LessonWork lessons, SelfRatings ratings, MyActions myActions, DemoActors actors) {
        this.lessons = lessons;
        this.ratings = ratings;
        this.myActions = myActions;
        this.actors = actors;
    }

    /** Rates every ability of the unit: at the start a little low, at the end a step or two higher. */
    void rate(Actor child, String unitId, RatingMoment moment) {
        actors.as(child, () -> {
            List<EsdAbility> abilities = ratings.abilities(unitId);
            Map<EsdAbility, Integer> levels = new EnumMap<>(EsdAbility.class);
            for (int i = 0; i < abilities.size(); i++) {
                int start = 1 + i % 2;
                levels.put(abilities.get(i), moment == RatingMoment.START ? start : Math.min(4, start + 1 + i % 3 / 2));
            }
            ratings.rate(unitId, moment, levels);
        });
    }

    /** Opens the lesson, answers every activity (planning the action if it is there) and finishes it. */
    void finish(Actor child, String unitId, Lesson lesson, @Nullable ActionPlan plan) {
        actors.as(child, () -> {
            lessons.open(unitId, lesson.id());
            for (int i = 0; i < lesson.activities().size(); i++) {
                Activity activity = lesson.activities().get(i);
                if (activity instanceof CommunityAction) {
                    myActions.plan(unitId, Objects.requireNonNull(plan, "the unit's action needs a plan"), null);
                } else {
                    lessons.save(unitId, activity.id(), reply(activity, i), null);
                }
            }
            lessons.finish(unitId, lesson.id());
        });
    }

    /** Opens the lesson and leaves a draft answer to one activity, as a child who stopped in the middle. */
    void begin(Actor child, String unitId, String lessonId, String activityId, String answer) {
        actors.as(child, () -> {
            lessons.open(unitId, lessonId);
            lessons.save(unitId, activityId, answer, null);
        });
    }

    private static @Nullable String reply(Activity activity, int index) {
        return switch (activity) {
            case Reflection r -> REFLECTIONS.get(index % REFLECTIONS.size());
            case LookAround l -> LOOKED;
            case ChoiceQuestion q -> q.correct().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(","));
            case NumberQuestion q -> q.answer().toPlainString();
            case ShortTextQuestion q -> q.accepted().getFirst();
            case CommunityAction c -> null;
        };
    }
}
