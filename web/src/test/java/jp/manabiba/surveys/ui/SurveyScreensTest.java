package jp.manabiba.surveys.ui;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.surveys.SurveyReport;
import jp.manabiba.surveys.SurveysScreenFixture;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The builder's refusals at their fields, a child answering with furigana, an anonymous answer, a wrong role. */
class SurveyScreensTest extends KaribuTest {

    private SurveysScreenFixture fixture;

    @BeforeEach
    void people() {
        if (fixture == null) {
            fixture = SurveysScreenFixture.shared(context);
        }
    }

    private static TextField field(String label) {
        return LocatorJ._get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void the_builder_shows_each_refusal_at_its_field_in_japanese() {
        KaribuSupport.signIn(fixture.coordinator());
        UI.getCurrent().navigate(SurveyBuilderView.class);

        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("save-survey")));
        TextField title = field("アンケートの名前");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("入力してください");

        _setValue(title, "夏のアンケート");
        _setValue(field("質問文（日本語）"), "学習会は楽しいですか");
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("save-survey")));
        TextArea labels = LocatorJ._get(TextArea.class, spec -> spec.withLabel("選択肢（日本語）"));
        assertThat(labels.isInvalid()).isTrue();
        assertThat(labels.getErrorMessage()).isEqualTo("5段階の見出しを5つ、1行に1つずつ入れてください");

        _setValue(labels, "全く\nあまり\nふつう\nやや\nとても");
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("save-survey")));
        TextField easy = field("質問文（やさしい日本語）");
        assertThat(easy.isInvalid()).isTrue();
        assertThat(easy.getErrorMessage()).isEqualTo("入力してください");
        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void a_child_answers_with_furigana_and_big_faces() {
        long survey = fixture.childSurvey();
        KaribuSupport.signIn(fixture.child());
        UI.getCurrent().navigate(LearnerSurveysView.class);
        assertThat(LocatorJ._get(LearnerSurveysView.class).getElement().getOuterHTML()).contains("<ruby>", "<rt>");

        UI.getCurrent().navigate(ChildSurveyView.class, new RouteParameters("id", String.valueOf(survey)));
        String html = LocatorJ._get(ChildSurveyView.class).getElement().getOuterHTML();
        assertThat(html).as("the question's kanji with furigana").contains("<ruby>", "たの</rt>");
        assertThat(html).contains("なまえは のこらないよ", "likert-face");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> faces = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withClasses("likert-steps"));
        _setValue(faces, 5);
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("send-survey")));

        assertThat(LocatorJ._get(ChildSurveyView.class).getElement().getOuterHTML()).contains("ありがとう");
        assertThat(fixture.ownerRowsOf(survey)).as("anonymous: no link to the child").isZero();
        assertThat(fixture.responsesOf(survey)).isEqualTo(1);

        KaribuSupport.signIn(fixture.coordinator());
        UI.getCurrent().navigate(SurveyResultsView.class, new RouteParameters("id", String.valueOf(survey)));
        assertThat(LocatorJ._get(SurveyResultsView.class).getElement().getOuterHTML())
                .as("one anonymous answer: no breakdown").contains("回答 1 / 1人（100%）", "&lt;5");
    }

    @Test
    void a_tutors_identified_answer_is_kept_at_each_change_and_sent_once() {
        long survey = fixture.supporterSurvey();
        KaribuSupport.signIn(fixture.tutor());
        RouteParameters id = new RouteParameters("id", String.valueOf(survey));
        UI.getCurrent().navigate(AdultSurveyView.class, id);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> steps = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withClasses("likert-steps"));
        _setValue(steps, 4);
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("save-status"))
                .getText()).startsWith("保存しました");

        UI.getCurrent().navigate(MySurveysView.class);
        UI.getCurrent().navigate(AdultSurveyView.class, id);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> again = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withClasses("likert-steps"));
        assertThat(again.getValue()).as("the draft came back").isEqualTo(4);
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("send-survey")));
        assertThat(LocatorJ._get(AdultSurveyView.class).getElement().getOuterHTML()).contains("回答ありがとうございました");

        UI.getCurrent().navigate(MySurveysView.class);
        assertThat(LocatorJ._get(MySurveysView.class).getElement().getOuterHTML()).doesNotContain("担い手の振り返り");
    }

    @Test
    void the_results_show_the_answered_version_and_another_when_chosen() {
        long survey = fixture.answeredThenChanged();
        KaribuSupport.signIn(fixture.coordinator());
        UI.getCurrent().navigate(SurveyResultsView.class, new RouteParameters(Map.of("id", String.valueOf(survey))));
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withText("第1版の結果"))).isNotNull();
        @SuppressWarnings("unchecked")
        Select<SurveyReport.VersionFigure> choice = LocatorJ._get(Select.class, spec -> spec.withClasses("version-choice"));
        assertThat(choice.getListDataView().getItems()).hasSize(2);

        _setValue(choice, choice.getListDataView().getItems().filter(v -> v.number() == 2).findFirst().orElseThrow());

        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withText("第2版の結果"))).isNotNull();
        assertThat(LocatorJ._find(Paragraph.class, spec -> spec.withClasses("changed-question"))).hasSize(1);
    }

    @Test
    void a_child_and_a_tutor_cannot_open_the_builder_or_the_results() {
        long survey = fixture.childSurvey();
        for (TestPrincipal user : List.of(fixture.child(), fixture.tutor())) {
            KaribuSupport.signIn(user);
            UI.getCurrent().navigate(SurveyBuilderView.class);
            assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
            UI.getCurrent().navigate(SurveyResultsView.class, new RouteParameters(Map.of("id", String.valueOf(survey))));
            assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    void a_guardian_answers_through_the_households_link_once_without_signing_in() {
        String link = fixture.guardianLink();
        UI.getCurrent().navigate(link);
        GuardianSurveyView page = LocatorJ._get(GuardianSurveyView.class);
        assertThat(page.getElement().getOuterHTML()).contains("好きな活動", "勉強");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<Integer> choices =
                LocatorJ._get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withClasses("survey-choices"));
        _setValue(choices, java.util.Set.of(1, 3));
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("send-survey")));
        assertThat(LocatorJ._get(GuardianSurveyView.class).getElement().getOuterHTML()).contains("回答ありがとうございました");

        UI.getCurrent().navigate(link);
        assertThat(LocatorJ._get(GuardianSurveyView.class).getElement().getOuterHTML())
                .as("a link works once").contains("このアンケートには答えました");
    }

    @Test
    void a_guardian_link_that_does_not_exist_says_so() {
        UI.getCurrent().navigate("survey/" + "A".repeat(43));
        assertThat(LocatorJ._get(GuardianSurveyView.class).getElement().getOuterHTML()).contains("このリンクは使えません");
    }
}
