package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/** The child's today card before, during and after a session, and the next sessions beside it. */
class ChildTodayCardTest extends KaribuTest {

    @Autowired
    LearnerSessions learnerSessions;
    @Autowired
    SessionBoard board;
    @Autowired
    Scheduling scheduling;
    @Autowired
    AttendanceRepository attendance;
    @Autowired
    HelpRequestRepository help;

    @Test
    void a_child_who_joined_can_open_the_meeting_again_without_changing_attendance() {
        TutoringFixture f = new TutoringFixture(context, "card-reopen");
        long session = f.sessionStartingIn(Duration.ofMinutes(5));
        KaribuSupport.signIn(f.learner());
        UI.getCurrent().navigate(LearnerHomeView.class);
        click(LocatorJ._get(Anchor.class, spec -> spec.withClasses("join-link")).getElement());
        Instant joined = attendance.findBySessionIdAndLearnerId(session, f.people.learnerOfA).orElseThrow().firstJoinedAt();

        Anchor again = LocatorJ._get(Anchor.class, spec -> spec.withClasses("reopen-link"));
        assertThat(again.getText()).isEqualTo("もういちど ひらく");
        assertThat(again.getHref()).isEqualTo("https://meet.example.jp/test");
        click(again.getElement());

        Attendance after = attendance.findBySessionIdAndLearnerId(session, f.people.learnerOfA).orElseThrow();
        assertThat(after.firstJoinedAt()).isEqualTo(joined);
        assertThat(after.state()).isEqualTo(AttendanceState.JOINED);
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withClasses("reopen-link"))).hasSize(1);
    }

    @Test
    void after_the_session_ended_the_card_says_it_is_over_and_shows_the_tutors_note() {
        TutoringFixture f = new TutoringFixture(context, "card-over");
        long session = f.sessionStartingIn(Duration.ofMinutes(5));
        f.acting.as(f.learner(), () -> learnerSessions.join(session));
        f.acting.as(f.people.tutorA, () -> {
            board.writePlan(session, f.people.learnerOfA, "かけざんの プリント 3まい", null);
            board.end(session);
        });
        KaribuSupport.signIn(f.learner());

        UI.getCurrent().navigate(LearnerHomeView.class);

        assertThat(texts()).contains("きょうの じゅぎょうは おわったよ。おつかれさま！", "かけざんの プリント 3まい")
                .doesNotContain("はじまる 10ぷん まえから おせるよ。");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("さんかする"))).isEmpty();
        assertThat(LocatorJ._find(Anchor.class, spec -> spec.withClasses("join-link"))).isEmpty();
    }

    @Test
    void the_card_shows_its_texts_with_furigana_and_a_tutors_markup_only_as_text() {
        TutoringFixture f = new TutoringFixture(context, "card-ruby");
        long session = f.sessionStartingIn(Duration.ofMinutes(5));
        f.acting.as(f.learner(), () -> learnerSessions.join(session));
        f.acting.as(f.people.tutorA, () -> board.writePlan(session, f.people.learnerOfA,
                "**図書館**で しらべる <script>alert(1)</script><img src=x onerror=alert(1)>", null));
        KaribuSupport.signIn(f.learner());

        UI.getCurrent().navigate(LearnerHomeView.class);

        // the fixture's child wants furigana on every kanji: テスト学習会 gets ruby over 学習 and 会 (two words)
        Element title = LocatorJ._find(Paragraph.class).getFirst().getElement();
        assertThat(title.getClassList()).contains("child-text");
        assertThat(title.getChildren().filter(child -> !child.isTextNode() && "ruby".equals(child.getTag()))
                .map(ruby -> ruby.getChild(0).getText() + "|" + ruby.getChild(1).getText()))
                .containsExactly("学習|がくしゅう", "会|かい");
        String plan = LocatorJ._get(jp.manabiba.text.ui.ChildText.class).getElement().getProperty("innerHTML");
        assertThat(plan).contains("<strong><ruby>図書館<rt>としょかん</rt></ruby></strong>", "&lt;script&gt;")
                .doesNotContain("<script", "<img");
    }

    @Test
    void the_next_sessions_leave_out_todays_card_and_say_why_a_date_is_off() {
        TutoringFixture f = new TutoringFixture(context, "card-next");
        long today = f.sessionStartingIn(Duration.ofMinutes(5));
        long later = f.sessionStartingIn(Duration.ofDays(2));
        f.acting.as(f.people.coordinatorA, () -> scheduling.cancel(later, "うんどうかいの ため"));
        KaribuSupport.signIn(f.learner());

        UI.getCurrent().navigate(LearnerHomeView.class);

        List<Long> listed = f.acting.as(f.learner(), () -> learnerSessions.upcoming()).stream().map(SessionRow::id).toList();
        assertThat(listed).contains(later).doesNotContain(today);
        assertThat(LocatorJ._find(ListItem.class)).map(ListItem::getText)
                .anyMatch(text -> text.endsWith("おやすみ（うんどうかいの ため）"));
    }

    @Test
    void a_child_can_lower_their_own_hand_and_the_tutor_no_longer_sees_it() {
        TutoringFixture f = new TutoringFixture(context, "card-hand");
        long session = f.sessionStartingIn(Duration.ofMinutes(5));
        f.acting.as(f.learner(), () -> {
            learnerSessions.join(session);
            learnerSessions.raiseHand(session);
        });
        KaribuSupport.signIn(f.learner());
        UI.getCurrent().navigate(LearnerHomeView.class);

        _click(LocatorJ._get(Button.class, spec -> spec.withText("てを おろす")));

        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("てを あげる"))).hasSize(1);
        // what the tutor's board lists: the open hands of the session
        assertThat(help.findBySessionIdOrderByRaisedAt(session)).noneMatch(HelpRequest::open).hasSize(1);
    }

    /** The card's paragraphs, and the tutor's plan or note (rich text with furigana) as the child reads it. */
    private static List<String> texts() {
        return java.util.stream.Stream.concat(LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText),
                LocatorJ._find(jp.manabiba.text.ui.ChildText.class).stream().map(jp.manabiba.text.ui.ChildText::plainText))
                .toList();
    }

    private static void click(Element element) {
        ElementUtilsKt._fireDomEvent(element, new DomEvent(element, "click", JsonNodeFactory.instance.objectNode()));
    }
}
