package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting work: refusals named by field, publishing, frozen questions and copies, series, due times, the library. */
@ManabibaTest
class AuthoringTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "assign-author-" + FIXTURES.incrementAndGet());
    }

    @Test
    void each_refusal_names_its_field() {
        Set<Long> child = Set.of(f.people.learnerOfA);
        refusedAt(AssignmentsFixture.draft("あ".repeat(101), AssignmentsFixture.oneLongQuestion(), child, Set.of()),
                "title", "validation.too-long");
        refusedAt(new AssignmentDraft(null, "t", "{漢字|かんじ", AssignmentsFixture.inDays(1),
                AssignmentsFixture.oneLongQuestion(), child, Set.of()), "instructions", "assignment.error.ruby");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.choice(false, "q", 5, new ChoiceDraft("a", true))),
                child, Set.of()), "questions[1].choices", "assignment.error.choice-count");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.open(QuestionKind.LONG_TEXT, "ok", 1, true),
                        QuestionDraft.choice(false, "q", 5, new ChoiceDraft("a", true), new ChoiceDraft("b", true))),
                child, Set.of()), "questions[2].choices", "assignment.error.one-correct");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.choice(true, "q", 5, new ChoiceDraft("a", false),
                new ChoiceDraft(" ", false))), child, Set.of()), "questions[1].choices", "assignment.error.some-correct");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.number("q", 5, "じゅう", null, null)), child,
                Set.of()), "questions[1].numberAnswer", "assignment.error.not-a-number");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.number("q", 5, "10", "-1", null)), child,
                Set.of()), "questions[1].numberTolerance", "assignment.error.tolerance");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.shortText("q", 5, ShortAnswerRules.DEFAULT, " ")),
                child, Set.of()), "questions[1].acceptedAnswers", "assignment.error.accepted-count");
        refusedAt(AssignmentsFixture.draft("t", List.of(QuestionDraft.open(QuestionKind.LONG_TEXT, "q", 101, true)),
                child, Set.of()), "questions[1].points", "assignment.error.points");
    }

    @Test
    void publishing_needs_questions_recipients_and_a_due_time_ahead() {
        long empty = f.acting.as(f.people.tutorA, () -> f.authoring.create(
                AssignmentsFixture.draft("から", List.of(), Set.of(f.people.learnerOfA), Set.of())));
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> f.authoring.publish(empty, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.no-questions");
        long nobody = f.acting.as(f.people.tutorA, () -> f.authoring.create(
                AssignmentsFixture.draft("だれにも", AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of())));
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> f.authoring.publish(nobody, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.no-recipients");
        long past = f.acting.as(f.people.tutorA, () -> f.authoring.create(new AssignmentDraft(null, "きのう", null,
                AssignmentsFixture.inDays(-1), AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of())));
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> f.authoring.publish(past, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.due-past");
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> f.authoring.publish(past, 99)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.changed-meanwhile");
    }

    @Test
    void questions_freeze_once_a_child_answered_and_a_copy_is_an_editable_draft() {
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("こおる",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        AssignmentDetail before = f.acting.as(f.people.tutorA, () -> f.authoring.detail(assignment));
        assertThat(before.frozen()).isFalse();
        long unanswered = f.acting.as(f.people.tutorA, () -> f.authoring.update(assignment, before.version(),
                before.toDraft())); // nobody answered yet: still allowed
        long submission = f.submissionOf(f.people.learnerA, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        f.acting.as(f.people.learnerA, () -> f.answering.save(submission, work.questions().getFirst().questionId(),
                DraftAnswer.text("かいた"), work.version()));

        AssignmentDetail frozen = f.acting.as(f.people.tutorA, () -> f.authoring.detail(assignment));
        assertThat(frozen.frozen()).isTrue();
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> f.authoring.update(assignment, unanswered,
                frozen.toDraft()))).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("questions"));
        java.time.LocalDateTime due = AssignmentsFixture.inDays(14);
        long moved = f.acting.as(f.people.tutorA, () -> f.authoring.moveDue(assignment, frozen.version(), due));
        assertThat(moved).isGreaterThan(frozen.version());
        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.open(submission)).dueAt())
                .isEqualTo(due.atZone(jp.manabiba.i18n.ProgrammeZone.TOKYO).toInstant());

        long copy = f.acting.as(f.people.tutorA, () -> f.authoring.copy(assignment));
        AssignmentDetail copied = f.acting.as(f.people.tutorA, () -> f.authoring.detail(copy));
        assertThat(copied.state()).isEqualTo(AssignmentState.DRAFT);
        assertThat(copied.frozen()).isFalse();
        assertThat(copied.copiedFromId()).isEqualTo(assignment);
        assertThat(copied.questions()).extracting(AssignmentDetail.QuestionDetail::prompt)
                .containsExactlyElementsOf(frozen.questions().stream().map(AssignmentDetail.QuestionDetail::prompt).toList());
        assertThat(f.acting.as(f.people.tutorA, () -> f.authoring.library())).extracting(AssignmentRow::id)
                .containsExactly(copy, assignment);
    }

    @Test
    void children_enrolled_later_in_a_series_get_its_work_until_it_is_due() {
        long series = f.series();
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("がくしゅうかいの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(series)));
        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.todo())).extracting(TodoItem::assignmentId)
                .contains(assignment);
        assertThat(f.acting.as(f.learnerA2, () -> f.answering.todo())).extracting(TodoItem::assignmentId)
                .doesNotContain(assignment);

        f.enrolLater(series, f.learnerOfA2);

        assertThat(f.acting.as(f.learnerA2, () -> f.answering.todo())).extracting(TodoItem::assignmentId)
                .contains(assignment);
        assertThat(f.acting.as(f.people.coordinatorA, () -> f.results.bySeries(
                java.time.LocalDate.now(jp.manabiba.i18n.ProgrammeZone.TOKYO),
                java.time.LocalDate.now(jp.manabiba.i18n.ProgrammeZone.TOKYO).plusDays(30))))
                .filteredOn(rate -> rate.id() == series).singleElement()
                .satisfies(rate -> assertThat(rate.given()).isEqualTo(2));
    }

    @Test
    void a_tutor_may_give_work_to_a_series_they_tutor() {
        long series = f.series();
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("チューターの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(series)));
        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.todo())).extracting(TodoItem::assignmentId)
                .contains(assignment);
    }

    @Test
    void the_detail_says_who_may_edit_the_organisations_coordinator_and_the_author_but_not_a_reader() {
        long tutors = f.acting.as(f.people.tutorA, () -> f.authoring.create(AssignmentsFixture.draft("チューターの",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of())));
        long coordinators = f.acting.as(f.people.coordinatorA, () -> f.authoring.create(AssignmentsFixture.draft(
                "コーディネーターの", AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of())));

        AssignmentDetail byCoordinator = f.acting.as(f.people.coordinatorA, () -> f.authoring.detail(tutors));
        assertThat(byCoordinator.mine()).isFalse();
        assertThat(byCoordinator.editable()).isTrue();
        assertThat(f.acting.as(f.people.tutorA, () -> f.authoring.detail(tutors)).editable()).isTrue();
        AssignmentDetail byTutor = f.acting.as(f.people.tutorA, () -> f.authoring.detail(coordinators));
        assertThat(byTutor.editable()).isFalse();
    }

    private void refusedAt(AssignmentDraft draft, String field, String key) {
        assertThatThrownBy(() -> f.acting.as(f.people.tutorA, () -> f.authoring.create(draft)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }
}
