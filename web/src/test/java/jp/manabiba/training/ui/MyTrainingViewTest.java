package jp.manabiba.training.ui;

import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.ModuleKind;
import jp.manabiba.training.Readiness;
import jp.manabiba.training.StudyFixture;
import jp.manabiba.training.TrainingRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** "My training": the next step first, the gate said plainly, the modules by requirement with status and links. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyTrainingViewTest extends KaribuTest {

    StudyFixture f;

    @BeforeAll
    void fixture() {
        f = new StudyFixture(context, "my-training-view");
    }

    @Test
    void a_new_volunteer_sees_the_next_step_first_and_exactly_what_keeps_them_from_children() {
        KaribuSupport.signIn(f.newVolunteer("my-training-new").principal());

        UI.getCurrent().navigate("training");

        MyTrainingView view = LocatorJ._get(MyTrainingView.class);
        List<Component> order = view.getChildren().toList();
        assertThat(order.get(1)).as("the next step first, under the title").isInstanceOf(NextStepCard.class);
        assertThat(order.get(2)).isInstanceOf(GateBanner.class);
        assertThat(text(order.get(1))).contains("「子どもを守る：打ち明けられたときの対応」を受けましょう。");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withClasses("training-next-go")).getHref())
                .isEqualTo("training/module/child-safeguarding");

        GateBanner gate = LocatorJ._get(GateBanner.class);
        assertThat(gate.getClassNames()).contains("training-gate-blocked");
        assertThat(text(gate)).startsWith("まだ子どもと活動できません。")
                .contains("子どもを守る：打ち明けられたときの対応", "子どもと家庭の個人情報を守る")
                .doesNotContain("学習支援のセッションを進める");
        assertThat(LocatorJ._find(H3.class).stream().map(H3::getText))
                .containsSubsequence("次にすること", "子どもと活動する前に必要", "修了に必要", "任意");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withClasses("training-module-action")
                .withText("修了証を送る")).getHref()).as("the external first-aid course").isEqualTo("training/certificates");
        assertThat(statuses()).allMatch("未受講"::equals);
    }

    @Test
    void a_ready_tutor_is_told_so_and_is_sent_to_sign_up_for_the_workshop_next() {
        KaribuSupport.signIn(f.people.tutorA);

        UI.getCurrent().navigate("training");

        GateBanner gate = LocatorJ._get(GateBanner.class);
        assertThat(gate.getClassNames()).contains("training-gate-ready");
        assertThat(text(gate)).isEqualTo("子どもと活動できます。子どもと活動する前に必要な研修は、すべて有効です。");
        assertThat(text(LocatorJ._get(NextStepCard.class))).contains("対人援助の基礎（研修会）");
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withClasses("training-next-go")).getHref())
                .isEqualTo("training/sign-up");
    }

    @Test
    void a_module_running_out_within_sixty_days_says_so_and_the_next_step_is_its_renewal() {
        StudyFixture.Volunteer parent = f.newVolunteer("my-training-expiring");
        TrainingRecords records = context.getBean(TrainingRecords.class);
        Readiness readiness = context.getBean(Readiness.class);
        new Acting(context).as(f.people.coordinatorA, () -> {
            for (var module : records.standing(parent.supporterId()).modules()) {
                if (module.kind() != ModuleKind.SELF_STUDY) {
                    continue;
                }
                boolean safeguarding = module.title().startsWith("子どもを守る");
                records.recordCompletion(parent.supporterId(), module.moduleId(),
                        safeguarding ? readiness.today().minusMonths(24).plusDays(30) : readiness.today(), null);
            }
        });
        KaribuSupport.signIn(parent.principal());

        UI.getCurrent().navigate("training");

        assertThat(LocatorJ._get(GateBanner.class).getClassNames()).contains("training-gate-ready");
        String until = StatusTexts.date(readiness.today().minusMonths(24).plusDays(30).plusMonths(24).minusDays(1));
        assertThat(statuses()).contains("まもなく期限切れ：" + until + "まで有効");
        assertThat(text(LocatorJ._get(NextStepCard.class)))
                .contains("「子どもを守る：打ち明けられたときの対応」の更新が必要です（有効期限：" + until + "）。");
    }

    @Test
    void the_page_reads_in_english_for_an_english_reader() {
        KaribuSupport.signIn(f.newVolunteer("my-training-english").principal());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("training");

        assertThat(text(LocatorJ._get(NextStepCard.class)))
                .contains("What to do next", "Take \"Safeguarding children: when a child tells you about harm\".");
        assertThat(text(LocatorJ._get(GateBanner.class))).startsWith("You may not work with children yet.");
        assertThat(LocatorJ._find(H3.class).stream().map(H3::getText)).contains("Needed before working with children",
                "Needed to complete the training", "Optional");
        assertThat(statuses()).allMatch("To do"::equals);
    }

    @Test
    void coordinators_teachers_and_children_cannot_open_my_training() {
        for (TestPrincipal user : List.of(f.people.coordinatorA, f.people.teacher, f.people.learnerA)) {
            KaribuSupport.signIn(user);
            UI.getCurrent().navigate("training");
            assertThat(KaribuSupport.currentView()).as(user.username()).isInstanceOf(AccessDeniedView.class);
        }
    }

    private static List<String> statuses() {
        return LocatorJ._find(Span.class, spec -> spec.withClasses("training-status")).stream().map(Span::getText).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
