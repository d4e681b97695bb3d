package jp.manabiba.assignments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.assignments.ui.TodoCard;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.home.ui.ChildSettingsView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.tutoring.ui.TodayCard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's home while a session runs: 「きょうの かだい」 in the session card with a big link to each piece of
 * work, and やること redrawn by push when the tutor returns work (it comes to the top without a reload).
 */
class TodayWorkScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    WorkBroadcaster broadcaster;
    @Autowired
    TodayWork todayWork;

    AssignmentsFixture f;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "today-work-" + FIXTURES.incrementAndGet());
    }

    @Test
    void the_running_session_card_lists_todays_work_with_a_link_to_answer_it() {
        long session = LiveSessions.startingSoon(context, f, List.of(f.people.learnerOfA), List.of(f.people.supporterA));
        long forToday = f.published(f.people.coordinatorA, AssignmentsFixture.draft("きょうの けいさん",
                AssignmentsFixture.oneLongQuestion(), Set.of(), Set.of(LiveSessions.seriesOf(f, session))));
        long submission = f.submissionOf(f.people.learnerA, forToday);

        KaribuSupport.signIn(f.people.learnerA);
        UI.getCurrent().navigate(LearnerHomeView.class);

        TodayCard card = LocatorJ._get(TodayCard.class);
        Div part = LocatorJ._get(card, Div.class, spec -> spec.withClasses("today-work"));
        assertThat(LocatorJ._get(part, H4.class).getElement().getTextRecursively()).isEqualTo("きょうの かだい");
        List<RouterLink> links = LocatorJ._find(part, RouterLink.class);
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("learner/work/" + submission);
            assertThat(link.getElement().getTextRecursively()).contains("けいさん").contains("あたらしい");
        });
        assertThat(f.acting.as(f.people.learnerA, () -> todayWork.forSession(session)))
                .extracting(TodoItem::submissionId).containsExactly(submission);
    }

    @Test
    void work_the_tutor_returns_comes_to_the_top_of_todo_without_a_reload() {
        long later = f.published(f.people.tutorA, AssignmentsFixture.draft("あとの しゅくだい",
                AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA), Set.of()));
        long handedIn = f.published(f.people.tutorA, new AssignmentDraft(null, "かえってくる しゅくだい",
                "かこう", AssignmentsFixture.inDays(9), AssignmentsFixture.oneLongQuestion(), Set.of(f.people.learnerOfA),
                Set.of()));
        long submission = f.submissionOf(f.people.learnerA, handedIn);
        f.acting.as(f.people.learnerA, () -> {
            WorkView work = f.answering.open(submission);
            long version = f.answering.save(submission, work.questions().getFirst().questionId(),
                    DraftAnswer.text("できた"), work.version()).version();
            return f.answering.submit(submission, version);
        });

        KaribuSupport.signIn(f.people.learnerA);
        UI.getCurrent().navigate(LearnerHomeView.class);
        assertThat(firstEntry()).as("work still to do comes before handed-in work").contains("あとの");
        assertThat(broadcaster.listenerCount(f.people.learnerOfA)).isEqualTo(1);

        // the tutor returns it from their own browser
        Map<Class<?>, CurrentInstance> child = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            f.acting.as(f.people.tutorA, () -> f.reviewing.review(submission, f.reviewing.open(submission).version(),
                    new Review(List.of(), "もういちど", Review.Outcome.RETURN)));
        } finally {
            CurrentInstance.restoreInstances(child);
        }
        KaribuSupport.awaitPush(() -> firstEntry().contains("かえってくる"));

        assertThat(firstEntry()).contains("かえってくる").contains("もどってきた");
        assertThat(later).isPositive();
        UI.getCurrent().navigate(ChildSettingsView.class);
        assertThat(broadcaster.listenerCount(f.people.learnerOfA)).isZero();
    }

    private static String firstEntry() {
        TodoCard todo = LocatorJ._get(TodoCard.class);
        return LocatorJ._find(todo, RouterLink.class).getFirst().getElement().getTextRecursively();
    }
}
