package jp.manabiba.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.curriculum.unit.Score;
import jp.manabiba.i18n.TextRules;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static jp.manabiba.learning.LearningFixture.FOOD;
import static jp.manabiba.learning.LearningFixture.RIVER;
import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Units given, read, answered, rated and acted on, through the services, by each role and by strangers. */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningServicesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UnitAssignments assignments;
    @Autowired
    MyUnits myUnits;
    @Autowired
    LessonWork work;
    @Autowired
    SelfRatings ratings;
    @Autowired
    MyActions actions;
    @Autowired
    LearningOverview overview;

    LearningFixture f;

    @BeforeAll
    void fixture() {
        f = new LearningFixture(context, "learning-svc");
        f.as(f.people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA)));
    }

    @Test
    void a_tutor_gives_a_unit_to_their_child_who_sees_it_on_their_home() {
        assertThat(f.as(f.people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA))))
                .as("given twice: nothing new").isZero();
        List<MyUnitCard> mine = f.as(f.people.learnerA, () -> myUnits.list());
        assertThat(mine).anySatisfy(card -> {
            assertThat(card.unitId()).isEqualTo(FOOD);
            assertThat(card.lessonsTotal()).isEqualTo(5);
        });
    }

    @Test
    void a_unit_given_to_a_series_reaches_the_children_enrolled_in_it() {
        assertThat(f.as(f.people.coordinatorA, () -> assignments.assignToSeries(RIVER, f.seriesOfA))).isTrue();
        assertThat(f.as(f.people.learnerA, () -> myUnits.list())).extracting(MyUnitCard::unitId).contains(RIVER);
    }

    @Test
    void a_lesson_opens_with_its_text_for_the_child_and_answers_are_kept_once() {
        LessonPage page = f.as(f.people.learnerA, () -> work.open(FOOD, "what-is-food-loss"));
        assertThat(page.html()).contains("<ruby>");
        assertThat(page.activities()).extracting(ActivityView::id).containsExactly("loss-meaning", "loss-week", "loss-reflect");

        AnswerSaved first = f.as(f.people.learnerA, () -> work.save(FOOD, "loss-reflect", "すてる たべものが おおい", null));
        AnswerSaved again = f.as(f.people.learnerA, () -> work.save(FOOD, "loss-reflect", "すてる たべものが おおい", 0L));
        assertThat(again.savedAt()).as("an autosave repeated changes nothing").isEqualTo(first.savedAt());
        assertThat(again.version()).isEqualTo(first.version());

        assertThat(f.as(f.people.learnerA, () -> work.save(FOOD, "loss-meaning", "1", null)).score()).isEqualTo(Score.RIGHT);
        assertThat(f.as(f.people.learnerA, () -> work.save(FOOD, "loss-week", "７２１", null)).score()).isEqualTo(Score.RIGHT);
        assertThat(f.as(f.people.learnerA, () -> work.open(FOOD, "what-is-food-loss")).activities())
                .filteredOn(a -> a.id().equals("loss-reflect")).first()
                .satisfies(a -> assertThat(a.answer()).isEqualTo("すてる たべものが おおい"));
    }

    @Test
    void a_stale_device_cannot_overwrite_a_newer_answer_unseen() {
        AnswerSaved saved = f.as(f.people.learnerA, () -> work.save(FOOD, "home-reflect", "いえで はなした", null));
        f.as(f.people.learnerA, () -> work.save(FOOD, "home-reflect", "いえで はなした。ママと", saved.version()));
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.save(FOOD, "home-reflect", "ふるい", saved.version())),
                "home-reflect", "learning.error.changed-elsewhere");
    }

    @Test
    void answers_that_cannot_be_kept_are_refused_under_their_activity() {
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.save(FOOD, "loss-reflect", "あ".repeat(401), null)),
                "loss-reflect", TextRules.TOO_LONG, 400);
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.save(FOOD, "loss-meaning", "7", null)),
                "loss-meaning", "learning.error.choice");
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.save(FOOD, "loss-meaning", "0,1", null)),
                "loss-meaning", "learning.error.choice");
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.save(FOOD, "action", "やる", null)),
                "action", "learning.error.action-not-an-answer");
    }

    @Test
    void a_lesson_finishes_only_when_its_activities_are_done() {
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.finish(FOOD, "everyones-cafeteria")),
                "food-drive-ok", "learning.error.answer-first");
        f.as(f.people.learnerA, () -> work.save(FOOD, "food-drive-ok", "0,1,2", null));
        refusedQuietly(() -> f.as(f.people.learnerA, () -> work.finish(FOOD, "everyones-cafeteria")),
                "cafeteria-reflect", "learning.error.write-first");
        f.as(f.people.learnerA, () -> work.save(FOOD, "cafeteria-reflect", "みんなの しょくどう", null));
        f.as(f.people.learnerA, () -> work.finish(FOOD, "everyones-cafeteria"));

        assertThat(f.as(f.people.learnerA, () -> myUnits.list())).filteredOn(c -> c.unitId().equals(FOOD)).first()
                .satisfies(card -> assertThat(card.lessonsDone()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void a_child_cannot_open_a_unit_not_given_to_them_and_the_try_is_audited() {
        assertThatThrownBy(() -> f.as(f.people.learnerA, () -> work.open("jishin-sonae-machi", "that-morning")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.learnerA, () -> work.save(FOOD, "no-such-activity", "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited(f.people.learnerA, "learner"))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.REFUSED));
    }

    @Test
    void strangers_and_wrong_roles_cannot_give_units() {
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfB))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.teacher, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfB))))
                .as("no consent to share with the school").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> assignments.assignToSeries(FOOD, f.seriesOfA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.teacher, () -> assignments.assignToSeries(FOOD, f.seriesOfA)))
                .as("teachers do not run series").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.learnerA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA))))
                .as("a child gives no units").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.tutorA, () -> myUnits.list()))
                .as("a tutor has no units of their own").isInstanceOf(AccessDeniedException.class);
        refusedQuietly(() -> f.as(f.people.tutorA, () -> assignments.assignToLearners("no-such-unit", List.of(f.people.learnerOfA))),
                "unit", "learning.error.unknown-unit");

        assertThat(f.audited(f.people.coordinatorB, "learner"))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.REFUSED));
        assertThat(f.audited(f.people.coordinatorB, "series"))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.REFUSED));
    }

    @Test
    void a_teacher_gives_a_unit_to_a_consenting_pupil() {
        assertThat(f.as(f.people.teacher, () -> assignments.assignToLearners(RIVER, List.of(f.people.learnerOfA))))
                .isBetween(0, 1);
    }

    @Test
    void self_ratings_before_and_after_show_as_growth_to_the_childs_supporters_only() {
        Map<EsdAbility, Integer> before = Map.of(EsdAbility.CRITICAL_THINKING, 1, EsdAbility.SYSTEMS_THINKING, 2,
                EsdAbility.COOPERATION, 2, EsdAbility.PARTICIPATION, 1);
        Map<EsdAbility, Integer> after = Map.of(EsdAbility.CRITICAL_THINKING, 3, EsdAbility.SYSTEMS_THINKING, 3,
                EsdAbility.COOPERATION, 2, EsdAbility.PARTICIPATION, 4);
        f.as(f.people.learnerA, () -> ratings.rate(FOOD, RatingMoment.START, before));
        f.as(f.people.learnerA, () -> ratings.rate(FOOD, RatingMoment.END, after));
        assertThat(f.as(f.people.learnerA, () -> ratings.mine(FOOD, RatingMoment.END))).isEqualTo(after);

        refusedQuietly(() -> f.as(f.people.learnerA, () -> ratings.rate(FOOD, RatingMoment.END,
                Map.of(EsdAbility.CRITICAL_THINKING, 5, EsdAbility.SYSTEMS_THINKING, 3, EsdAbility.COOPERATION, 2,
                        EsdAbility.PARTICIPATION, 4))), "critical-thinking", "learning.error.level", 1, 4);
        refusedQuietly(() -> f.as(f.people.learnerA, () -> ratings.rate(FOOD, RatingMoment.END,
                Map.of(EsdAbility.CRITICAL_THINKING, 3))), "systems-thinking", "learning.error.rate-every-ability");

        for (var supporter : List.of(f.people.tutorA, f.people.teacher, f.people.coordinatorA)) {
            GrowthReport growth = f.as(supporter, () -> overview.growth(FOOD));
            assertThat(growth.children()).as(supporter.username())
                    .filteredOn(row -> row.learnerId() == f.people.learnerOfA && row.ability() == EsdAbility.PARTICIPATION)
                    .singleElement().satisfies(row -> assertThat(row.change()).isEqualTo(3));
            assertThat(growth.group()).filteredOn(g -> g.ability() == EsdAbility.CRITICAL_THINKING).singleElement()
                    .satisfies(g -> assertThat(g.children()).isGreaterThanOrEqualTo(1));
        }
        assertThat(f.as(f.people.coordinatorB, () -> overview.growth(FOOD)).children())
                .noneMatch(row -> row.learnerId() == f.people.learnerOfA);
        assertThat(f.as(f.people.tutorA, () -> overview.growthOfSeries(FOOD, f.seriesOfA)).children())
                .extracting(GrowthRow::learnerId).containsOnly(f.people.learnerOfA);
        assertThatThrownBy(() -> f.as(f.people.coordinatorB, () -> overview.growthOfSeries(FOOD, f.seriesOfA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as(f.people.learnerA, () -> overview.growth(FOOD)))
                .as("a child sees no one's growth table").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_community_action_is_planned_then_reported_once_and_counted() {
        LocalDate today = LocalDate.now(jp.manabiba.i18n.ProgrammeZone.TOKYO);
        MyAction planned = f.as(f.people.learnerA, () -> actions.plan(FOOD,
                new ActionPlan("こども しょくどうに たべものを もっていく", "おかあさん", today), null));
        assertThat(planned.state()).isEqualTo(ActionState.PLANNED);

        refusedQuietly(() -> f.as(f.people.learnerA, () -> actions.report(FOOD,
                new ActionReport("もっていった", 0, null, today), planned.version())), "minutes", "learning.error.minutes", 1, 600);
        refusedQuietly(() -> f.as(f.people.learnerA, () -> actions.report(FOOD,
                new ActionReport("もっていった", 30, null, today.plusDays(2)), planned.version())), "doneOn", "learning.error.done-on");
        refusedQuietly(() -> f.as(f.people.learnerA, () -> actions.report(FOOD,
                new ActionReport(" ", 30, null, today), planned.version())), "happened", TextRules.REQUIRED);

        MyAction reported = f.as(f.people.learnerA, () -> actions.report(FOOD,
                new ActionReport("おこめを 2キロ もっていった", 45, "ありがとうと いわれた", today), planned.version()));
        assertThat(reported.state()).isEqualTo(ActionState.REPORTED);
        refusedQuietly(() -> f.as(f.people.learnerA, () -> actions.report(FOOD,
                new ActionReport("もういちど", 10, null, today), reported.version())), "happened", "learning.error.action-reported");

        FiscalYear year = FiscalYear.of(today);
        ActionSummary seen = f.as(f.people.tutorA, () -> overview.actions(year));
        assertThat(seen.actions()).anySatisfy(row -> {
            assertThat(row.learnerId()).isEqualTo(f.people.learnerOfA);
            assertThat(row.minutes()).isEqualTo(45);
        });
        assertThat(seen.reportedPerUnit()).containsEntry(FOOD, 1);
        assertThat(f.as(f.people.coordinatorA, () -> overview.outcomes(year)))
                .containsExactly(new ActionOutcome(f.people.organisationA, 1, 45));
        assertThat(f.as(f.people.coordinatorB, () -> overview.outcomes(year))).isEmpty();
        assertThat(f.as(f.people.coordinatorB, () -> overview.actions(year)).actions())
                .noneMatch(row -> row.learnerId() == f.people.learnerOfA);
        assertThatThrownBy(() -> f.as(f.people.tutorA, () -> overview.outcomes(year))).isInstanceOf(AccessDeniedException.class);
    }
}
