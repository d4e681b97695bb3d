package jp.manabiba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.learning.ActionPlan;
import jp.manabiba.learning.ActionReport;
import jp.manabiba.learning.MyActions;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.learning.RatingMoment;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitLibrary;
import jp.manabiba.security.Role;
import jp.manabiba.tutoring.SeriesEnrolment;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's ESD units: the tutor gives the food-loss unit to ひなた and ゆうき, the disaster unit to ゆうき and the
 * river unit to the weekly learning room. ひなた has rated herself, finished the first lesson and begun the
 * second; ゆうき has done the whole disaster unit, reported the community action and rated again at the end;
 * アン has begun the river unit. Made once: nothing when ひなた has any unit already.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoUnits {

    static final String FOOD = "food-loss-kodomo-shokudo";
    static final String DISASTER = "jishin-sonae-machi";
    static final String RIVER = "akutagawa-yodogawa-nature";

    private final DemoActors actors;
    private final DemoUnitSteps steps;
    private final UnitAssignments assignments;
    private final MyUnits myUnits;
    private final MyActions myActions;
    private final SeriesEnrolment enrolment;
    private final UnitLibrary library;
    private final Clock clock;

    DemoUnits(DemoActors actors, DemoUnitSteps steps, UnitAssignments assignments, MyUnits myUnits,
              MyActions myActions, SeriesEnrolment enrolment, UnitLibrary library, Clock clock) {
        this.actors = actors;
        this.steps = steps;
        this.assignments = assignments;
        this.myUnits = myUnits;
        this.myActions = myActions;
        this.enrolment = enrolment;
        this.library = library;
        this.clock = clock;
    }

    void seedOnce() {
        Optional<Actor> tutor = actors.find("tutor", Role.TUTOR);
        Optional<Actor> hinata = actors.find("learner", Role.LEARNER);
        Optional<Actor> yuki = actors.find("learner2", Role.LEARNER);
        Optional<Actor> an = actors.find("learner3", Role.LEARNER);
        if (tutor.isEmpty() || hinata.isEmpty() || yuki.isEmpty() || an.isEmpty()
                || !actors.as(hinata.get(), myUnits::list).isEmpty()) {
            return;
        }
        give(tutor.get(), hinata.get(), yuki.get());
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));

        steps.rate(hinata.get(), FOOD, RatingMoment.START);
        steps.finish(hinata.get(), FOOD, lessons(FOOD).getFirst(), null);
        steps.begin(hinata.get(), FOOD, lessons(FOOD).get(1).id(), "dates-cake", "0");

        steps.rate(yuki.get(), DISASTER, RatingMoment.START);
        ActionPlan plan = new ActionPlan("いえから ひなんじょまで あるいて、あぶない ところを たしかめる",
                "おかあさんと ひなた", today.minusDays(6));
        lessons(DISASTER).forEach(lesson -> steps.finish(yuki.get(), DISASTER, lesson, plan));
        actors.as(yuki.get(), () -> myActions.report(DISASTER, new ActionReport(
                "ひなんじょの 小学校まで 3人で あるいた。たおれそうな ブロックべいを 2か所 みつけて、ちずに かいた。",
                45, "ちかくに ひなんじょが あると わかって あんしんした。ひなたにも みちを おしえた。",
                today.minusDays(6)), myActions.mine(DISASTER).orElseThrow().version()));
        steps.rate(yuki.get(), DISASTER, RatingMoment.END);

        steps.rate(an.get(), RIVER, RatingMoment.START);
        steps.begin(an.get(), RIVER, lessons(RIVER).getFirst().id(), "river-look",
                "あくたがわの はしの 上から、さかなが たくさん 見えた！");
    }

    /** To the children one by one, and the river unit to the weekly room the tutor runs (all its children). */
    private void give(Actor tutor, Actor hinata, Actor yuki) {
        long hers = actors.learnerOf(hinata);
        long his = actors.learnerOf(yuki);
        List<Long> herSeries = actors.as(hinata, () -> enrolment.mySeries().stream().sorted().toList());
        actors.as(tutor, () -> {
            assignments.assignToLearners(FOOD, List.of(hers, his));
            assignments.assignToLearners(DISASTER, List.of(his));
            herSeries.stream().filter(s -> enrolment.organisationOfManagedSeries(s).isPresent()).findFirst()
                    .ifPresent(weekly -> assignments.assignToSeries(RIVER, weekly));
        });
    }

    private List<Lesson> lessons(String unitId) {
        return library.unit(unitId).map(Unit::activeLessons).orElseThrow();
    }
}
