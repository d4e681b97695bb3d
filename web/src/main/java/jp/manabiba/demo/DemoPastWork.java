package jp.manabiba.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.manabiba.assignments.AssignmentDraft;
import jp.manabiba.assignments.ChoiceDraft;
import jp.manabiba.assignments.QuestionDraft;
import jp.manabiba.assignments.Review.Outcome;
import jp.manabiba.curriculum.unit.Lesson;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.demo.DemoWorkSteps.Reply;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.learning.ActionPlan;
import jp.manabiba.learning.ActionReport;
import jp.manabiba.learning.MyActions;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.learning.RatingMoment;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.learning.UnitLibrary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo children's past work, each step on its own past day through {@link DemoClock}: a monthly review sheet
 * the coordinator sets for ひなた, ゆうき and アン (handed in two days later and reviewed two days after that;
 * none in August), and ESD units done one after another over the years, each rated at its start
 * and end (a level or two higher) with its community action reported. Each sheet and unit once (see DemoHistory).
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoPastWork {

    private static final String TABUNKA = "tabunka-kotoba-neighbours";
    /** The titles of the past review sheets, one a month in turn. */
    static final List<String> SHEETS = List.of("{計算|けいさん}の ふくしゅう", "ことばの ふくしゅう",
            "{図形|ずけい}の ふくしゅう", "{時計|とけい}と じかん", "{漢字|かんじ}の よみ", "グラフを よもう");
    private static final LocalTime AFTER_SCHOOL = LocalTime.of(16, 30);

    /** Which child did which unit, starting how many months after the programme's first month. */
    private record UnitDone(int child, String unitId, int monthsIn) {
    }

    private static final List<UnitDone> UNITS = List.of(new UnitDone(1, DemoUnits.FOOD, 2),
            new UnitDone(2, TABUNKA, 5), new UnitDone(0, DemoUnits.DISASTER, 6), new UnitDone(1, DemoUnits.RIVER, 13),
            new UnitDone(0, TABUNKA, 14), new UnitDone(2, DemoUnits.FOOD, 17), new UnitDone(1, TABUNKA, 19),
            new UnitDone(0, DemoUnits.RIVER, 21), new UnitDone(2, DemoUnits.DISASTER, 25));

    private final DemoActors actors;
    private final DemoClock clock;
    private final DemoWorkSteps work;
    private final DemoUnitSteps units;
    private final UnitAssignments unitAssignments;
    private final UnitLibrary library;
    private final MyActions myActions;
    private final MyUnits myUnits;

    DemoPastWork(DemoActors actors, DemoClock clock, DemoWorkSteps work, DemoUnitSteps units,
                 UnitAssignments unitAssignments, UnitLibrary library, MyActions myActions, MyUnits myUnits) {
        this.myUnits = myUnits;
        this.actors = actors;
        this.clock = clock;
        this.work = work;
        this.units = units;
        this.unitAssignments = unitAssignments;
        this.library = library;
        this.myActions = myActions;
    }

    /** One review sheet a month, from the first month to the last, in the coordinator's first organisation. */
    void sheets(Actor coordinator, long organisation, List<Actor> children, YearMonth first, YearMonth last,
                Random random) {
        if (work.anyWorkOf(coordinator)) {
            return;
        }
        Set<Long> learners = Set.copyOf(children.stream().map(actors::learnerOf).toList());
        int n = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), n++) {
            if (month.getMonth() == Month.AUGUST) {
                continue;
            }
            LocalDate set = month.atDay(6);
            String title = SHEETS.get(n % SHEETS.size());
            int a = 2 + random.nextInt(8);
            int b = 2 + random.nextInt(8);
            long id = clock.at(at(set), () -> work.publish(coordinator, new AssignmentDraft(organisation, title,
                    "{先月|せんげつ}の ふくしゅうです。", set.plusDays(7).atTime(18, 0), List.of(
                    QuestionDraft.number(a + " × " + b + " は いくつ？", 5, String.valueOf(a * b), null, null),
                    QuestionDraft.choice(false, "いちばん {大|おお}きい かずは どれ？", 5, new ChoiceDraft(String.valueOf(a * b + 1), true),
                            new ChoiceDraft(String.valueOf(a), false))), learners, Set.of())));
            for (Actor child : children) { // every one handed in: none left over, overdue, in a child's list
                long submission = clock.at(at(set.plusDays(2)), () -> work.submissionOf(child, id));
                clock.at(at(set.plusDays(2)), () -> work.submit(child, submission, Reply.text(String.valueOf(a * b)),
                        Reply.choose(String.valueOf(a * b + 1))));
                clock.at(at(set.plusDays(4)), () -> work.review(coordinator, submission, Outcome.DONE,
                        "よく がんばりました。つぎも いっしょに やろうね。"));
            }
        }
    }

    /** The units of {@link #UNITS} whose last step falls by {@code last}: given, done, rated and acted on. */
    void units(Actor coordinator, List<Actor> children, YearMonth first, LocalDate last) {
        for (UnitDone done : UNITS) {
            Actor child = children.get(done.child());
            LocalDate start = first.plusMonths(done.monthsIn()).atDay(5);
            List<Lesson> lessons = library.unit(done.unitId()).map(Unit::activeLessons).orElseThrow();
            LocalDate end = start.plusWeeks(lessons.size() + 1);
            if (end.isAfter(last) || actors.as(child, () -> myUnits.list()).stream()
                    .anyMatch(u -> u.unitId().equals(done.unitId()) && u.lessonsDone() == u.lessonsTotal())) {
                continue;
            }
            long learner = actors.learnerOf(child);
            clock.at(at(start), () -> actors.as(coordinator,
                    () -> unitAssignments.assignToLearners(done.unitId(), List.of(learner))));
            clock.at(at(start), () -> units.rate(child, done.unitId(), RatingMoment.START));
            LocalDate actedOn = start.plusWeeks(lessons.size()).plusDays(2);
            ActionPlan plan = new ActionPlan("まなんだ ことを いえの ちかくで やって みる", "おうちの 人と", actedOn);
            for (int i = 0; i < lessons.size(); i++) {
                Lesson lesson = lessons.get(i);
                clock.at(at(start.plusWeeks(i + 1)), () -> units.finish(child, done.unitId(), lesson, plan));
            }
            clock.at(at(end), () -> actors.as(child, () -> myActions.mine(done.unitId()).filter(a -> a.report() == null)
                    .ifPresent(action -> myActions.report(done.unitId(), new ActionReport(
                            "おうちの 人と いっしょに やって みた。できた ことを ノートに かいた。", 30 + 15 * done.child(),
                            "すこしでも かわる ことが わかった。", actedOn), action.version()))));
            clock.at(at(end), () -> units.rate(child, done.unitId(), RatingMoment.END));
        }
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(AFTER_SCHOOL).atZone(ProgrammeZone.TOKYO).toInstant();
    }
}
