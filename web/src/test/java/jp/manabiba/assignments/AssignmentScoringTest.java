package jp.manabiba.assignments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of question marked at submission, through the services, with the author's normalisation rules. */
@ManabibaTest
class AssignmentScoringTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "assign-score-" + FIXTURES.incrementAndGet());
    }

    private List<QuestionDraft> everyKind() {
        return List.of(
                QuestionDraft.choice(false, "1+1は？", 10, new ChoiceDraft("2", true), new ChoiceDraft("3", false)),
                QuestionDraft.choice(true, "ぐうすうは？", 10, new ChoiceDraft("2", true), new ChoiceDraft("4", true),
                        new ChoiceDraft("5", false)),
                QuestionDraft.number("ながさは？", 10, "12.5", "０．１", "cm"),
                QuestionDraft.shortText("にほんの しゅとは？", 10, ShortAnswerRules.DEFAULT, "とうきょう", "東京"),
                QuestionDraft.shortText("あかい くだもの", 10, new ShortAnswerRules(true, true, true), "りんご"),
                QuestionDraft.shortText("カタカナで かこう", 10, new ShortAnswerRules(true, false, true), "リンゴ"),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "かんそうを かこう", 10, true),
                QuestionDraft.open(QuestionKind.FILE, "プリントの しゃしん", 10, false));
    }

    @Test
    void closed_questions_are_marked_at_submission_open_ones_wait_for_the_tutor() {
        long assignment = f.published(f.people.tutorA,
                AssignmentsFixture.draft("ぜんぶの もんだい", everyKind(), Set.of(f.people.learnerOfA), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        List<WorkView.Item> q = work.questions();
        long version = work.version();

        version = save(submission, q.get(0), DraftAnswer.choices(q.get(0).choices().get(0).id()), version);
        version = save(submission, q.get(1), DraftAnswer.choices(q.get(1).choices().get(0).id()), version); // one of two
        version = save(submission, q.get(2), DraftAnswer.text("１２．５４ｃｍ"), version);                   // within 0.1
        version = save(submission, q.get(3), DraftAnswer.text("とう　きょう"), version);                     // spaces
        version = save(submission, q.get(4), DraftAnswer.text("リンゴ"), version);                          // kana either way
        version = save(submission, q.get(5), DraftAnswer.text("りんご"), version);                          // kana as asked: wrong
        version = save(submission, q.get(6), DraftAnswer.text("たのしかった"), version);
        long seen = version;

        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, seen));

        assertThat(submitted.autoScore()).isEqualTo(40);
        assertThat(submitted.maxScore()).isEqualTo(80);
        assertThat(submitted.late()).isFalse();
        ReviewView review = f.acting.as(f.people.tutorA, () -> f.reviewing.open(submission));
        assertThat(review.questions()).extracting(ReviewView.Item::score)
                .containsExactly(10, 0, 10, 10, 10, 0, null, null);
    }

    @Test
    void wrong_answers_of_each_kind_score_nothing() {
        long assignment = f.published(f.people.tutorA,
                AssignmentsFixture.draft("まちがい", everyKind(), Set.of(f.people.learnerOfA), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        List<WorkView.Item> q = work.questions();
        long version = work.version();

        version = save(submission, q.get(0), DraftAnswer.choices(q.get(0).choices().get(1).id()), version);
        version = save(submission, q.get(1), DraftAnswer.choices(q.get(1).choices().get(0).id(),
                q.get(1).choices().get(1).id(), q.get(1).choices().get(2).id()), version);
        version = save(submission, q.get(2), DraftAnswer.text("12.5m"), version);       // another unit
        version = save(submission, q.get(3), DraftAnswer.text("きょうと"), version);
        version = save(submission, q.get(4), DraftAnswer.text("みかん"), version);
        version = save(submission, q.get(5), DraftAnswer.text("ミカン"), version);
        version = save(submission, q.get(6), DraftAnswer.text("…"), version);
        long seen = version;

        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, seen));

        assertThat(submitted.autoScore()).isZero();
    }

    @Test
    void a_number_within_the_tolerance_counts_and_one_beyond_it_does_not() {
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("すうじ",
                List.of(QuestionDraft.number("a", 5, "１２．５", "0.1", null), QuestionDraft.number("b", 5, "3", null, null),
                        QuestionDraft.number("c", 5, "-2", null, null)),
                Set.of(f.people.learnerOfA), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        long version = save(submission, work.questions().get(0), DraftAnswer.text("12.6"), work.version());
        version = save(submission, work.questions().get(1), DraftAnswer.text("3.01"), version);
        long seen = save(submission, work.questions().get(2), DraftAnswer.text("−２"), version);

        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, seen));

        Map<Integer, Integer> scores = f.acting.as(f.people.tutorA, () -> f.reviewing.open(submission)).questions().stream()
                .collect(Collectors.toMap(ReviewView.Item::position, ReviewView.Item::score));
        assertThat(scores).containsEntry(1, 5).containsEntry(2, 0).containsEntry(3, 5);
        assertThat(submitted.autoScore()).isEqualTo(10);
    }

    private long save(long submission, WorkView.Item question, DraftAnswer answer, long version) {
        return f.acting.as(f.people.learnerA, () -> f.answering.save(submission, question.questionId(), answer, version))
                .version();
    }
}
