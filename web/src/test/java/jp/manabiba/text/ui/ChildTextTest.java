package jp.manabiba.text.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.home.ui.ChildSettingsView;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.people.FuriganaPreference;
import jp.manabiba.people.LearnerDetails;
import jp.manabiba.people.LearnerPreferences;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.schools.Grade;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.text.ChildTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

/** ChildText: furigana all / for the grade / none, as real ruby elements; a tutor's markup shown safely; the switch. */
class ChildTextTest extends KaribuTest {

    private static final String SENTENCE = "大切な　学校の　図書館";

    @Autowired
    ChildTexts texts;
    @Autowired
    LearnerPreferences preferences;

    @Test
    void all_puts_ruby_on_every_kanji_grade_1_kanji_included() {
        ChildText shown = ChildText.line(texts, SENTENCE, ChildTexts.reader(FuriganaPreference.ALL, Grade.P6));

        assertThat(markup(shown)).isEqualTo("{大切|たいせつ}な　{学校|がっこう}の　{図書館|としょかん}");
        assertThat(shown.getElement().getTag()).isEqualTo("span");
        assertThat(shown.getClassNames()).contains("child-text");
    }

    @Test
    void grade_follows_the_childs_school_grade() {
        ReaderGrade first = ChildTexts.reader(FuriganaPreference.GRADE, Grade.P1);
        ReaderGrade sixth = ChildTexts.reader(FuriganaPreference.GRADE, Grade.P6);

        assertThat(markup(ChildText.line(texts, SENTENCE, first))).isEqualTo("{大切|たいせつ}な　学校の　{図書館|としょかん}");
        assertThat(markup(ChildText.line(texts, SENTENCE, sixth))).isEqualTo(SENTENCE);
        assertThat(markup(ChildText.line(texts, "友達と 遊ぶ", ChildTexts.reader(FuriganaPreference.GRADE, Grade.P1))))
                .isEqualTo("{友達|ともだち}と {遊|あそ}ぶ");
    }

    @Test
    void grade_maps_school_grades_to_readers_and_an_unknown_grade_to_the_safe_side() {
        assertThat(ChildTexts.reader(FuriganaPreference.GRADE, Grade.P3)).isEqualTo(ReaderGrade.of(3));
        assertThat(ChildTexts.reader(FuriganaPreference.GRADE, Grade.J1)).isEqualTo(ReaderGrade.of(7));
        assertThat(ChildTexts.reader(FuriganaPreference.GRADE, Grade.J3)).isEqualTo(ReaderGrade.of(9));
        assertThat(ChildTexts.reader(FuriganaPreference.GRADE, Grade.H2)).isEqualTo(ReaderGrade.of(9));
        assertThat(ChildTexts.reader(FuriganaPreference.GRADE, null)).isEqualTo(ReaderGrade.of(1));
        assertThat(ChildTexts.reader(FuriganaPreference.NONE, Grade.P1)).isEqualTo(ReaderGrade.ADULT);
        assertThat(ChildTexts.reader(FuriganaPreference.ALL, Grade.P6)).isEqualTo(ReaderGrade.EVERY_KANJI);
    }

    @Test
    void none_adds_no_ruby_but_keeps_the_authors_own() {
        ReaderGrade none = ChildTexts.reader(FuriganaPreference.NONE, Grade.P1);

        assertThat(markup(ChildText.line(texts, SENTENCE, none))).isEqualTo(SENTENCE);
        assertThat(markup(ChildText.line(texts, "{明日|あす}は 図書館", none))).isEqualTo("{明日|あす}は 図書館");
        assertThat(ChildText.line(texts, "{明日|あす}は 図書館", none).plainText()).isEqualTo("明日は 図書館");
    }

    @Test
    void kana_only_text_passes_through_unchanged() {
        String kana = "きょうの じゅぎょう　🎉 Xin chào 10:00";
        ChildText shown = ChildText.line(texts, kana, ChildTexts.reader(FuriganaPreference.ALL, null));

        assertThat(markup(shown)).isEqualTo(kana);
        assertThat(shown.getElement().getChildren().allMatch(Element::isTextNode)).isTrue();
    }

    @Test
    void markup_and_script_in_a_tutors_plan_are_shown_as_text_and_never_run() {
        String plan = """
                きょうは **図書館** で しらべる <script>alert('x')</script>
                <img src=x onerror="alert(1)"> [ここ](javascript:alert(1)) <a href="https://evil.example" onclick="x()">a</a>
                """;
        ChildText shown = ChildText.markdown(texts, plan, ChildTexts.reader(FuriganaPreference.GRADE, Grade.P1));
        String html = shown.getElement().getProperty("innerHTML");

        assertThat(shown.getElement().getTag()).isEqualTo("div");
        assertThat(html).contains("<strong><ruby>図書館<rt>としょかん</rt></ruby></strong>");
        var parsed = org.jsoup.Jsoup.parseBodyFragment(html).body();
        assertThat(parsed.select("script, img, [onerror], [onclick], [style], a")).isEmpty();
        assertThat(parsed.select("*")).allSatisfy(element -> assertThat(element.tagName())
                .isIn("body", "p", "strong", "ruby", "rt"));
        assertThat(parsed.text()).contains("<script>alert('x')</script>", "<img src=x onerror=\"alert(1)\">");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:");
        // a one-line title is built from text nodes: markup in it stays text
        ChildText title = ChildText.line(texts, "<b>算数</b>", ChildTexts.reader(FuriganaPreference.NONE, null));
        assertThat(title.getElement().getChildren().allMatch(Element::isTextNode)).isTrue();
        assertThat(title.plainText()).isEqualTo("<b>算数</b>");
    }

    @Test
    void the_furigana_switch_on_a_childs_home_changes_the_kept_setting() {
        TestPrincipal child = TestPrincipal.demo(context, "learner3");
        Acting acting = new Acting(context);
        acting.as(child, () -> preferences.changeFurigana(FuriganaPreference.GRADE));
        KaribuSupport.signIn(child);
        UI.getCurrent().navigate(LearnerHomeView.class);

        Button furigana = LocatorJ._get(Button.class, spec -> spec.withClasses("furigana-switch"));
        assertThat(furigana.getText()).isEqualTo("ふりがな：あり");
        assertThat(furigana.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(KaribuSupport.currentView().getElement().getClassList()).contains("learner-screen");

        _click(furigana);
        assertThat(acting.as(child, () -> preferences.mine().furigana())).isEqualTo(FuriganaPreference.NONE);
        assertThat(furigana.getText()).isEqualTo("ふりがな：なし");
        assertThat(furigana.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _click(furigana);
        assertThat(acting.as(child, () -> preferences.mine().furigana())).isEqualTo(FuriganaPreference.GRADE);
    }

    @Test
    void the_greeting_reads_the_childs_name_with_the_kana_on_record() {
        PeopleFixture people = new PeopleFixture(context, "greet");
        Acting acting = new Acting(context);
        // 陽菜 is ひな here; the analyser alone reads it as a common word (ひさい)
        acting.as(people.coordinatorA, () -> context.getBean(LearnerRecords.class).change(people.learnerOfA,
                new LearnerDetails("小鳥遊", "陽菜", "たかなし", "ひな", people.school, Grade.P3, "1組", FuriganaPreference.ALL)));
        KaribuSupport.signIn(people.learnerA);
        UI.getCurrent().navigate(LearnerHomeView.class);

        H2 greeting = LocatorJ._get(H2.class);
        assertThat(markup(greeting.getElement())).isEqualTo("こんにちは、{小鳥遊|たかなし} {陽菜|ひな}さん");

        acting.as(people.learnerA, () -> preferences.changeFurigana(FuriganaPreference.GRADE));
        UI.getCurrent().navigate(ChildSettingsView.class);
        UI.getCurrent().navigate(LearnerHomeView.class);
        assertThat(markup(LocatorJ._get(H2.class).getElement()))
                .as("a third grader has learned 小 鳥 遊 and 陽, not 菜: ruby on the run 陽菜 only")
                .isEqualTo("こんにちは、小鳥遊 {陽菜|ひな}さん");

        acting.as(people.learnerA, () -> preferences.changeFurigana(FuriganaPreference.NONE));
        UI.getCurrent().navigate(ChildSettingsView.class);
        UI.getCurrent().navigate(LearnerHomeView.class);
        assertThat(markup(LocatorJ._get(H2.class).getElement())).isEqualTo("こんにちは、小鳥遊 陽菜さん");
    }

    /** The component's elements back in the markup form {@code {漢字|かんじ}}. */
    private static String markup(ChildText shown) {
        return markup(shown.getElement());
    }

    private static String markup(Element shown) {
        StringBuilder out = new StringBuilder();
        shown.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                out.append(child.getText());
            } else {
                assertThat(child.getTag()).isEqualTo("ruby");
                assertThat(child.getChild(1).getTag()).isEqualTo("rt");
                out.append('{').append(child.getChild(0).getText()).append('|').append(child.getChild(1).getText()).append('}');
            }
        });
        return out.toString();
    }
}
