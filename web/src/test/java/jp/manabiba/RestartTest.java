package jp.manabiba;

import java.time.Instant;
import java.util.function.Supplier;

import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.DraftAnswer;
import jp.manabiba.assignments.SubmissionState;
import jp.manabiba.assignments.TodoItem;
import jp.manabiba.assignments.WorkView;
import jp.manabiba.learning.ActivityView;
import jp.manabiba.learning.AnswerSaved;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nothing is lost" across a restart of the server: the demo child saves an assignment draft and a lesson answer in
 * one running application, it is shut down, and a new application on the same data folder (the embedded database
 * not made fresh) finds both with the time they were saved, and has made none of the demo's records twice.
 */
class RestartTest {

    /** Its own schema on the suite's embedded server, so it starts from empty (and makes the demo on its first start). */
    private static final String[] FIRST_START = {"--server.port=0",
            "--manabiba.db.embedded.database=manabiba_restart_test"};
    /** The same, never wiped: when the first start was the last user of the embedded server, it starts it again. */
    private static final String[] RESTART = {FIRST_START[0], FIRST_START[1], "--manabiba.db.embedded.fresh=false"};
    private static final String FOOD = "food-loss-kodomo-shokudo";
    private static final String LESSON = "reading-dates";
    private static final String ACTIVITY = "dates-name";

    private static ConfigurableApplicationContext after;
    private static long submission;
    private static long question;
    private static Instant draftSavedAt;
    private static Instant answerSavedAt;
    private static int todoBefore;
    private static int unitsBefore;

    @BeforeAll
    static void saveThenRestart() {
        // the first start may be the JVM's first of the embedded server: then the suite's own rule (fresh) applies
        try (ConfigurableApplicationContext before = new SpringApplicationBuilder(Application.class).run(FIRST_START)) {
            saveDrafts(before);
        }
        after = new SpringApplicationBuilder(Application.class).run(RESTART);
    }

    @AfterAll
    static void stop() {
        if (after != null) {
            after.close();
        }
    }

    private static void saveDrafts(ConfigurableApplicationContext app) {
        Answering answering = app.getBean(Answering.class);
        TodoItem inProgress = asChild(app, answering::todo).stream()
                .filter(t -> t.state() == SubmissionState.IN_PROGRESS).findFirst().orElseThrow();
        submission = inProgress.submissionId();
        WorkView work = asChild(app, () -> answering.open(submission));
        question = work.questions().get(1).questionId();
        draftSavedAt = asChild(app, () -> answering.save(submission, question, DraftAnswer.text("km"), work.version()))
                .savedAt();
        AnswerSaved answer = asChild(app, () -> app.getBean(LessonWork.class).save(FOOD, ACTIVITY, "しょうみきげん", null));
        answerSavedAt = answer.savedAt();
        todoBefore = asChild(app, answering::todo).size();
        unitsBefore = asChild(app, app.getBean(MyUnits.class)::list).size();
    }

    private static <T> T asChild(ConfigurableApplicationContext app, Supplier<T> call) {
        return new Acting(app).as(TestPrincipal.demo(app, "learner"), call);
    }

    @Test
    void the_childs_assignment_draft_is_there_after_a_restart_with_the_time_it_was_saved() {
        WorkView work = asChild(after, () -> after.getBean(Answering.class).open(submission));

        WorkView.Item item = work.questions().stream().filter(q -> q.questionId() == question).findFirst()
                .orElseThrow();
        assertThat(item.text()).isEqualTo("km");
        assertThat(item.savedAt()).isEqualTo(draftSavedAt);
        assertThat(work.state()).isEqualTo(SubmissionState.IN_PROGRESS);
    }

    @Test
    void the_childs_lesson_answer_is_there_after_a_restart_with_the_time_it_was_saved() {
        ActivityView activity = asChild(after, () -> after.getBean(LessonWork.class).open(FOOD, LESSON)).activities()
                .stream().filter(a -> a.id().equals(ACTIVITY)).findFirst().orElseThrow();

        assertThat(activity.answer()).isEqualTo("しょうみきげん");
        assertThat(activity.savedAt()).isEqualTo(answerSavedAt);
    }

    @Test
    void the_restarted_demo_makes_nothing_twice() {
        assertThat(asChild(after, after.getBean(Answering.class)::todo)).hasSize(todoBefore);
        assertThat(asChild(after, after.getBean(MyUnits.class)::list)).hasSize(unitsBefore);
    }
}
