package jp.manabiba.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.manabiba.curriculum.unit.EsdAbility;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.testing.LogCapture;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static jp.manabiba.learning.LearningFixture.FOOD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tabs of one child making the first save of the same activity at the same moment: one row, no constraint
 * error; the same answer twice is one save, a different one is refused kindly (the other tab's answer is kept).
 * The same for opening a lesson, the first plan of the community action and the first self-rating of a moment.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentFirstSaveTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UnitAssignments assignments;
    @Autowired
    LessonWork work;
    @Autowired
    MyActions actions;
    @Autowired
    SelfRatings ratings;

    LearningFixture f;
    final ExecutorService tabs = Executors.newFixedThreadPool(2);

    @BeforeAll
    void fixture() {
        f = new LearningFixture(context, "learning-race");
        f.as(f.people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA)));
    }

    @AfterAll
    void closeTabs() {
        tabs.shutdownNow();
    }

    @Test
    void two_first_saves_of_the_same_answer_at_once_are_one_save() throws Exception {
        try (LogCapture log = LogCapture.errors()) {
            List<Object> results = together(() -> work.save(FOOD, "loss-reflect", "おなじ こたえ", null));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(AnswerSaved.class));
            AnswerSaved one = (AnswerSaved) results.get(0);
            AnswerSaved two = (AnswerSaved) results.get(1);
            assertThat(two.version()).isEqualTo(one.version());
            assertThat(two.savedAt()).isEqualTo(one.savedAt());
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }
    }

    @Test
    void two_first_saves_of_different_answers_at_once_keep_one_and_refuse_the_other_kindly() throws Exception {
        try (LogCapture log = LogCapture.errors()) {
            List<Object> results = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            Future<Object> first = tabs.submit(tab(start, () -> work.save(FOOD, "home-reflect", "タブ いち", null)));
            Future<Object> second = tabs.submit(tab(start, () -> work.save(FOOD, "home-reflect", "タブ に", null)));
            start.countDown();
            results.add(first.get(60, TimeUnit.SECONDS));
            results.add(second.get(60, TimeUnit.SECONDS));

            assertThat(results).filteredOn(AnswerSaved.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(InvalidInput.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((InvalidInput) refusal).messageKey())
                            .isEqualTo("learning.error.changed-elsewhere"));
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }
    }

    @Test
    void two_tabs_opening_a_lesson_at_once_both_open_it() throws Exception {
        try (LogCapture log = LogCapture.errors()) {
            List<Object> results = together(() -> work.open(FOOD, "reading-dates"));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(LessonPage.class));
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }
    }

    @Test
    void two_first_plans_at_once_keep_one_and_refuse_the_other_kindly() throws Exception {
        try (LogCapture log = LogCapture.errors()) {
            LocalDate day = LocalDate.now(ProgrammeZone.TOKYO);
            List<Object> results = together(() -> actions.plan(FOOD, new ActionPlan("ちらしを くばる", "ともだち", day), null));

            assertThat(results).filteredOn(MyAction.class::isInstance).singleElement()
                    .satisfies(kept -> assertThat(((MyAction) kept).plan().what()).isEqualTo("ちらしを くばる"));
            assertThat(results).filteredOn(InvalidInput.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((InvalidInput) refusal).field()).isEqualTo("what"));
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }
    }

    @Test
    void two_first_ratings_of_a_moment_at_once_are_both_kept_one_after_the_other() throws Exception {
        try (LogCapture log = LogCapture.errors()) {
            Map<EsdAbility, Integer> levels = new EnumMap<>(EsdAbility.class);
            f.as(f.people.learnerA, () -> ratings.abilities(FOOD)).forEach(ability -> levels.put(ability, 3));

            List<Object> results = together(() -> ratings.rate(FOOD, RatingMoment.START, levels));

            assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(java.time.Instant.class));
            assertThat(f.as(f.people.learnerA, () -> ratings.mine(FOOD, RatingMoment.START))).isEqualTo(levels);
            assertThat(log.lines()).as("nothing logged at ERROR").isEmpty();
        }
    }

    /** The same call from two threads released at the same moment; each result or the exception it threw. */
    private List<Object> together(Callable<Object> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Object> one = tabs.submit(tab(start, call));
        Future<Object> two = tabs.submit(tab(start, call));
        start.countDown();
        return List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
    }

    private Callable<Object> tab(CountDownLatch start, Callable<Object> call) {
        return () -> {
            start.await();
            try {
                return f.as(f.people.learnerA, () -> {
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (InvalidInput refusal) {
                return refusal;
            }
        };
    }
}
