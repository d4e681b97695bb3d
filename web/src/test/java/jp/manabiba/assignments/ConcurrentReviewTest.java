package jp.manabiba.assignments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two reviewers marking the same work at the same moment: one review counts, the other is told; nothing is mixed. */
@ManabibaTest
class ConcurrentReviewTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "assign-concurrent-" + FIXTURES.incrementAndGet());
    }

    @Test
    void the_second_reviewer_is_refused_and_the_first_review_stays_whole() throws Exception {
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("ふたりで さいてん",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        long submission = f.submissionOf(f.people.learnerA, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
        long question = work.questions().getFirst().questionId();
        long saved = f.acting.as(f.people.learnerA, () -> f.answering.save(submission, question,
                DraftAnswer.text("がんばった"), work.version())).version();
        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, saved));
        long seen = f.acting.as(f.people.tutorA, () -> f.reviewing.open(submission)).version();
        assertThat(f.acting.as(f.people.coordinatorA, () -> f.reviewing.open(submission)).version()).isEqualTo(seen);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService reviewers = Executors.newFixedThreadPool(2)) {
            outcomes.add(reviewers.submit(() -> review(start, f.people.tutorA, submission, question, seen, 8, "tutor")));
            outcomes.add(reviewers.submit(() -> review(start, f.people.coordinatorA, submission, question, seen, 3, "coordinator")));
            start.countDown();
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }

        assertThat(results).containsOnlyOnce("refused").hasSize(2);
        String winner = results.stream().filter(r -> !r.equals("refused")).findFirst().orElseThrow();
        ReviewView after = f.acting.as(f.people.tutorA, () -> f.reviewing.open(submission));
        assertThat(after.state()).isEqualTo(SubmissionState.DONE);
        assertThat(after.overallComment()).isEqualTo(winner);
        assertThat(after.score()).isEqualTo(winner.equals("tutor") ? 8 : 3);
        assertThat(after.history()).hasSize(1);
        assertThat(submitted.autoScore()).isNull();
    }

    private String review(CountDownLatch start, TestPrincipal reviewer, long submission, long question, long version,
                          int score, String who) throws InterruptedException {
        start.await();
        try {
            f.acting.as(reviewer, () -> f.reviewing.review(submission, version,
                    new Review(List.of(new Review.Mark(question, score, who)), who, Review.Outcome.DONE)));
            return who;
        } catch (InvalidInput refused) {
            assertThat(refused.messageKey()).isEqualTo("assignment.error.reviewed-meanwhile");
            return "refused";
        }
    }
}
