package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may do what, per role, with foreign ids as a tampered screen would send them; every refusal audited. */
@ManabibaTest
class AssignmentsAccessTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog auditLog;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "assign-access-" + FIXTURES.incrementAndGet());
    }

    private List<QuestionDraft> choice() {
        return List.of(QuestionDraft.choice(false, "どれ？", 5, new ChoiceDraft("あ", true), new ChoiceDraft("い", false)));
    }

    @Test
    void a_child_reaches_only_their_own_work_and_only_its_questions_and_choices() {
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("ふたりの しゅくだい", choice(),
                Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
        long otherAssignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("べつ", choice(),
                Set.of(f.people.learnerOfA), Set.of()));
        long mine = f.submissionOf(f.people.learnerA, assignment);
        long theirs = f.submissionOf(f.learnerA2, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(mine));
        WorkView.Item question = work.questions().getFirst();
        long otherSubmission = f.submissionOf(f.people.learnerA, otherAssignment);
        long foreignQuestion = f.acting.as(f.people.learnerA, () -> f.answering.open(otherSubmission))
                .questions().getFirst().questionId();

        refused(() -> f.acting.as(f.people.learnerA, () -> f.answering.open(theirs)));
        refused(() -> f.acting.as(f.people.learnerA, () -> f.answering.save(theirs, question.questionId(),
                DraftAnswer.choices(question.choices().getFirst().id()), 0)));
        refused(() -> f.acting.as(f.people.learnerA, () -> f.answering.save(mine, foreignQuestion,
                DraftAnswer.text("x"), work.version())));
        refused(() -> f.acting.as(f.people.learnerA, () -> f.answering.save(mine, question.questionId(),
                DraftAnswer.choices(999_999_999L), work.version())));
        refused(() -> f.acting.as(f.people.learnerA, () -> f.answering.save(mine, question.questionId(),
                DraftAnswer.choices(question.choices().get(0).id(), question.choices().get(1).id()), work.version())));
        refused(() -> f.acting.as(f.people.tutorA, () -> f.answering.todo()));

        List<AuditRow> refusals = refusalsBy(f.people.learnerA.username());
        assertThat(refusals).extracting(AuditRow::recordType).contains("submission", "question", "choice");
        assertThat(refusals).filteredOn(r -> r.recordType().equals("submission"))
                .extracting(AuditRow::recordId).contains(theirs);
    }

    @Test
    void answering_after_submission_is_refused_and_audited() {
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("いちど だけ", choice(),
                Set.of(f.people.learnerOfA), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        long choice = work.questions().getFirst().choices().getFirst().id();
        long version = f.acting.as(f.people.learnerA, () -> f.answering.save(submission,
                work.questions().getFirst().questionId(), DraftAnswer.choices(choice), work.version())).version();
        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, version));

        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> f.answering.save(submission,
                work.questions().getFirst().questionId(), DraftAnswer.choices(choice), submitted.version())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.closed");
        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, submitted.version())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("assignment.error.closed");
        assertThat(refusalsBy(f.people.learnerA.username())).extracting(AuditRow::recordId).contains(submission);
    }

    @Test
    void a_tutor_sets_work_only_for_matched_children_and_reviews_only_theirs() {
        refused(() -> f.acting.as(f.people.tutorA, () -> f.authoring.create(AssignmentsFixture.draft("x",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.learnerOfA2), Set.of()))));
        refused(() -> f.acting.as(f.people.tutorA, () -> f.authoring.create(AssignmentsFixture.draft("x",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfB), Set.of()))));
        refused(() -> f.acting.as(f.people.tutorA, () -> f.authoring.create(new AssignmentDraft(f.people.organisationB,
                "x", null, AssignmentsFixture.inDays(3), AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of()))));

        long coordinators = f.published(f.people.coordinatorA, AssignmentsFixture.draft("だんたいの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
        long theirSubmission = f.submissionOf(f.learnerA2, coordinators);
        long matchedSubmission = f.submissionOf(f.people.learnerA, coordinators);

        assertThat(f.acting.as(f.people.tutorA, () -> f.authoring.detail(coordinators)).mine()).isFalse();
        refused(() -> f.acting.as(f.people.tutorA, () -> f.reviewing.open(theirSubmission)));
        assertThat(f.acting.as(f.people.tutorA, () -> f.reviewing.open(matchedSubmission)).learnerId())
                .isEqualTo(f.people.learnerOfA);
        refused(() -> f.acting.as(f.people.tutorA, () -> f.authoring.update(coordinators, 0,
                AssignmentsFixture.draft("のっとり", AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of()))));
        assertThat(f.acting.as(f.people.tutorA, () -> f.results.byAssignment(coordinators)))
                .extracting(PupilResult::learnerId).containsExactly(f.people.learnerOfA);
    }

    @Test
    void another_organisations_coordinator_sees_nothing_and_a_teacher_sees_only_consented_pupils() {
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("けっか",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, assignment);

        refused(() -> f.acting.as(f.people.coordinatorB, () -> f.authoring.detail(assignment)));
        refused(() -> f.acting.as(f.people.coordinatorB, () -> f.reviewing.open(submission)));
        refused(() -> f.acting.as(f.people.coordinatorB, () -> f.results.byAssignment(assignment)));
        assertThat(f.acting.as(f.people.coordinatorB, () -> f.reviewing.queue(QueueFilter.ALL, 0, 50)))
                .noneMatch(row -> row.assignmentId() == assignment);
        assertThat(f.acting.as(f.people.coordinatorA, () -> f.results.byAssignment(assignment))).hasSize(2);

        // household A said yes to sharing with the school; child B's household did not
        List<PupilResult> teacherSees = f.acting.as(f.people.teacher, () -> f.results.byAssignment(assignment));
        assertThat(teacherSees).extracting(PupilResult::learnerId).contains(f.people.learnerOfA);
        assertThat(f.acting.as(f.people.teacher, () -> f.results.byPupil(f.people.learnerOfA)))
                .extracting(PupilResult::assignmentId).contains(assignment);
        refused(() -> f.acting.as(f.people.teacher, () -> f.results.byPupil(f.people.learnerOfB)));
        refused(() -> f.acting.as(f.people.teacher, () -> f.reviewing.open(submission)));
    }

    @Test
    void a_teacher_sets_work_only_for_consented_pupils() {
        refused(() -> f.acting.as(f.people.teacher, () -> f.authoring.create(AssignmentsFixture.draft("x",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfB), Set.of()))));
        long assignment = f.published(f.people.teacher, AssignmentsFixture.draft("がっこうの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        assertThat(f.acting.as(f.people.teacher, () -> f.results.byAssignment(assignment)))
                .extracting(PupilResult::learnerId).containsExactly(f.people.learnerOfA);
        assertThat(f.acting.as(f.people.teacher, () -> f.authoring.library())).extracting(AssignmentRow::id)
                .containsExactly(assignment);
    }

    private void refused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditRow> refusalsBy(String username) {
        return f.acting.as(f.people.admin, () -> auditLog.search(new AuditFilter(username, null, null, null), 0, 200))
                .stream().filter(r -> r.action() == AuditAction.REFUSED).toList();
    }
}
