package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tutor's review queue reads a page in three statements whatever its size (whom they are matched with, the page
 * with its titles, the children's names), and still shows only the work they may review.
 */
@ManabibaTest
class ReviewQueueStatementsTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void a_page_with_titles_and_names_is_three_statements_and_only_reachable_work() {
        AssignmentsFixture f = new AssignmentsFixture(context, "queue-statements-" + FIXTURES.incrementAndGet());
        // set by the coordinator for both children: the tutor reaches child A (matched) but not child A2
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("たしざんの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
        handIn(f, f.people.learnerA, assignment);
        handIn(f, f.learnerA2, assignment);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long before = statistics.getPrepareStatementCount();
            List<QueueRow> page = f.acting.as(f.people.tutorA, () -> f.reviewing.queue(QueueFilter.ALL, 0, 50));
            long statements = statistics.getPrepareStatementCount() - before;

            assertThat(statements).isEqualTo(3);
            assertThat(page).hasSize(1);
            assertThat(page.getFirst().learnerId()).isEqualTo(f.people.learnerOfA);
            assertThat(page.getFirst().title()).isEqualTo("たしざんの しゅくだい");
            assertThat(page.getFirst().learnerName()).isNotBlank();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(f.acting.as(f.people.coordinatorA, () -> f.reviewing.queue(QueueFilter.ALL, 0, 50)))
                .extracting(QueueRow::learnerId).contains(f.people.learnerOfA, f.learnerOfA2);
    }

    private static void handIn(AssignmentsFixture f, TestPrincipal child, long assignmentId) {
        long submission = f.submissionOf(child, assignmentId);
        f.acting.as(child, () -> {
            WorkView work = f.answering.open(submission);
            long version = f.answering.save(submission, work.questions().getFirst().questionId(),
                    DraftAnswer.text("できた"), work.version()).version();
            return f.answering.submit(submission, version);
        });
    }
}
