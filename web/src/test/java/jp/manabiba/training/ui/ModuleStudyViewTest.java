package jp.manabiba.training.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.curriculum.training.Quiz;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.Readiness;
import jp.manabiba.training.StudyFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The self-study reader: pages one by one, the quiz taken through the screen, a failed attempt corrected, refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleStudyViewTest extends KaribuTest {

    private static final String SAFEGUARDING = "child-safeguarding";

    StudyFixture f;
    Quiz quiz;

    @BeforeAll
    void fixture() {
        f = new StudyFixture(context, "study-view");
        quiz = StudyFixture.quiz(context, SAFEGUARDING);
    }

    @Test
    void a_volunteer_reads_page_by_page_passes_the_quiz_and_becomes_ready_for_that_module() {
        StudyFixture.Volunteer parent = f.newVolunteer("study-view-pass");
        KaribuSupport.signIn(parent.principal());
        open(SAFEGUARDING);

        assertThat(LocatorJ._get(Span.class, spec -> spec.withClasses("training-page-position")).getText()).isEqualTo("1 / 3 ページ");
        assertThat(LocatorJ._find(QuizForm.class)).as("the quiz comes after the pages").isEmpty();
        _click(button("training-page-next"));
        _click(button("training-page-next"));
        assertThat(button("training-page-next").getText()).isEqualTo("確認クイズへ");
        _click(button("training-page-next"));
        assertThat(LocatorJ._find(PagePager.class)).isEmpty();
        assertThat(LocatorJ._find(H3.class).stream().map(H3::getText)).contains("確認クイズ");

        answer(StudyFixture.rightAnswers(quiz));
        _click(button("training-quiz-submit"));

        assertThat(LocatorJ._get(QuizForm.class).resultText()).contains("合格です。修了を記録しました。", "6問中6問正解（100%）");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("training-quiz-submit"))).as("nothing to send again")
                .isEmpty();
        assertThat(LocatorJ._find(QuestionCard.class)).noneMatch(QuestionCard::markedWrong);
        Readiness readiness = context.getBean(Readiness.class);
        assertThat(readiness.missingBeforeChildren(parent.supporterId(), readiness.today()))
                .containsExactly("子どもと家庭の個人情報を守る");
    }

    @Test
    void a_failed_attempt_marks_the_wrong_questions_and_the_retry_starts_from_the_answers_given() {
        KaribuSupport.signIn(f.newVolunteer("study-view-retry").principal());
        open(SAFEGUARDING);
        _click(button("training-skip-to-quiz"));
        Map<String, String> wrong = StudyFixture.wrongAnswers(quiz);

        answer(wrong);
        _click(button("training-quiz-submit"));

        assertThat(LocatorJ._get(QuizForm.class).resultText()).contains("まだ合格ではありません。", "6問中0問正解（0%）");
        assertThat(LocatorJ._find(QuestionCard.class)).hasSize(6).allMatch(QuestionCard::markedWrong);
        assertThat(LocatorJ._find(QuestionCard.class)).as("the right answers are not given away")
                .allSatisfy(card -> assertThat(card.getElement().getTextRecursively()).doesNotContain("189（いちはやく）"));
        assertThat(given()).as("the answers stay in their fields").isEqualTo(wrong);

        open(SAFEGUARDING); // later, or on another device: the last failed attempt's answers come back
        _click(button("training-skip-to-quiz"));
        assertThat(given()).isEqualTo(wrong);
        answer(StudyFixture.rightAnswers(quiz));
        _click(button("training-quiz-submit"));
        assertThat(LocatorJ._get(QuizForm.class).resultText()).contains("合格です。");
    }

    @Test
    void an_unanswered_question_is_refused_at_that_question() {
        KaribuSupport.signIn(f.newVolunteer("study-view-empty").principal());
        open(SAFEGUARDING);
        _click(button("training-skip-to-quiz"));

        _click(button("training-quiz-submit"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withClasses("quiz-field-secret-promise"));
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("この問題に答えてください。");
        assertThat(LocatorJ._find(QuestionCard.class)).noneMatch(QuestionCard::markedWrong);
    }

    @Test
    void a_workshop_or_unknown_code_is_refused_and_other_roles_cannot_open_the_reader() {
        KaribuSupport.signIn(f.people.tutorA);
        for (String code : List.of("interpersonal-support-workshop", "no-such-module")) {
            open(code);
            assertThat(KaribuSupport.currentView()).as(code).isInstanceOf(RefusedRecordView.class);
        }
        for (TestPrincipal user : List.of(f.people.coordinatorA, f.people.teacher, f.people.learnerA)) {
            KaribuSupport.signIn(user);
            open(SAFEGUARDING);
            assertThat(KaribuSupport.currentView()).as(user.username()).isInstanceOf(AccessDeniedView.class);
        }
    }

    private static void open(String code) {
        UI.getCurrent().navigate("training/module/" + code);
    }

    private static Button button(String className) {
        return LocatorJ._get(Button.class, spec -> spec.withClasses(className));
    }

    /** Types or chooses each answer as a supporter would, in the field of its question. */
    @SuppressWarnings("unchecked")
    private static void answer(Map<String, String> answers) {
        answers.forEach((id, raw) -> {
            Component field = field(id);
            switch (field) {
                case RadioButtonGroup<?> radios -> _setValue((RadioButtonGroup<Integer>) radios, Integer.valueOf(raw));
                case CheckboxGroup<?> boxes -> _setValue((CheckboxGroup<Integer>) boxes,
                        Arrays.stream(raw.split(",")).map(Integer::valueOf).collect(Collectors.toSet()));
                case TextField text -> _setValue(text, raw);
                default -> throw new IllegalStateException("no field for " + id);
            }
        });
    }

    /** What the fields hold now, in the form the screen sends. */
    private Map<String, String> given() {
        return quiz.questions().stream().collect(Collectors.toMap(item -> item.id(), item -> switch (field(item.id())) {
            case RadioButtonGroup<?> radios -> String.valueOf(radios.getValue());
            case CheckboxGroup<?> boxes -> ((Set<?>) boxes.getValue()).stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(","));
            case TextField text -> text.getValue();
            default -> "";
        }, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Component field(String id) {
        return LocatorJ._get(Component.class, spec -> spec.withClasses("quiz-field-" + id));
    }
}
