package jp.manabiba.demo;

import java.util.List;

import jp.manabiba.assignments.Answering;
import jp.manabiba.assignments.AssignmentAuthoring;
import jp.manabiba.assignments.QueueFilter;
import jp.manabiba.assignments.QueueRow;
import jp.manabiba.assignments.Reviewing;
import jp.manabiba.assignments.SubmissionState;
import jp.manabiba.assignments.TodoItem;
import jp.manabiba.learning.ActionState;
import jp.manabiba.learning.MyUnitCard;
import jp.manabiba.learning.MyUnits;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user of the demo meets the assignment loop and the ESD units at once, and a restart makes nothing twice. */
@ManabibaTest
class DemoWorkTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Answering answering;
    @Autowired
    Reviewing reviewing;
    @Autowired
    AssignmentAuthoring authoring;
    @Autowired
    MyUnits myUnits;
    @Autowired
    DemoWork work;
    @Autowired
    DemoUnits units;

    private <T> T as(String username, java.util.function.Supplier<T> call) {
        return new Acting(context).as(TestPrincipal.demo(context, username), call);
    }

    @Test
    void the_demo_child_has_work_in_every_state_with_the_returned_work_on_top() {
        // the past months' review sheets (DemoPastWork), all done, come after the demo's own work
        List<TodoItem> todo = as("learner", answering::todo).stream()
                .filter(t -> !DemoPastWork.SHEETS.contains(t.title())).toList();

        assertThat(todo).extracting(TodoItem::state).containsExactlyInAnyOrder(SubmissionState.RETURNED,
                SubmissionState.NEW, SubmissionState.IN_PROGRESS, SubmissionState.SUBMITTED, SubmissionState.DONE);
        assertThat(todo.getFirst().state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(as("learner", () -> answering.open(todo.getFirst().submissionId()).overallComment())).isNotBlank();
        TodoItem done = todo.stream().filter(t -> t.state() == SubmissionState.DONE).findFirst().orElseThrow();
        assertThat(done.score()).isEqualTo(done.maxScore());
        TodoItem draft = todo.stream().filter(t -> t.state() == SubmissionState.IN_PROGRESS).findFirst().orElseThrow();
        assertThat(as("learner", () -> answering.open(draft.submissionId()).savedAt())).isNotNull();
        assertThat(todo).allSatisfy(t -> assertThat(t.overdue()).as("due from the day the demo was made").isFalse());
    }

    @Test
    void the_demo_tutors_review_queue_has_work_waiting_and_the_teacher_has_set_work() {
        List<QueueRow> queue = as("tutor", () -> reviewing.queue(QueueFilter.ALL, 0, 50));

        assertThat(queue).hasSizeGreaterThanOrEqualTo(2);
        assertThat(as("teacher", authoring::library)).hasSize(1);
        assertThat(as("learner3", answering::todo)).extracting(TodoItem::state).contains(SubmissionState.IN_PROGRESS);
    }

    @Test
    void the_demo_children_see_their_units_with_progress_ratings_and_a_reported_action() {
        List<MyUnitCard> hinata = as("learner", myUnits::list);
        List<MyUnitCard> yuki = as("learner2", myUnits::list);

        assertThat(hinata).extracting(MyUnitCard::unitId).contains(DemoUnits.FOOD, DemoUnits.RIVER);
        MyUnitCard food = card(hinata, DemoUnits.FOOD);
        assertThat(food.lessonsDone()).isEqualTo(1);
        assertThat(food.ratedAtStart()).isTrue();
        assertThat(food.nextLessonId()).isNotNull();
        MyUnitCard disaster = card(yuki, DemoUnits.DISASTER);
        assertThat(disaster.lessonsDone()).isEqualTo(disaster.lessonsTotal());
        assertThat(disaster.ratedAtEnd()).isTrue();
        assertThat(disaster.action()).isEqualTo(ActionState.REPORTED);
        assertThat(as("learner3", myUnits::list)).extracting(MyUnitCard::unitId)
                .as("given to the weekly room she is in").contains(DemoUnits.RIVER);
    }

    @Test
    void making_the_demo_work_again_adds_nothing() {
        int todo = as("learner", answering::todo).size();
        int library = as("tutor", authoring::library).size();
        int unitsOfChild = as("learner2", myUnits::list).size();

        work.seedOnce();
        units.seedOnce();

        assertThat(as("learner", answering::todo)).hasSize(todo);
        assertThat(as("tutor", authoring::library)).hasSize(library);
        assertThat(as("learner2", myUnits::list)).hasSize(unitsOfChild);
    }

    private static MyUnitCard card(List<MyUnitCard> cards, String unitId) {
        return cards.stream().filter(c -> c.unitId().equals(unitId)).findFirst().orElseThrow();
    }
}
