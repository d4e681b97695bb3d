package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import jp.manabiba.home.ui.LearnerHomeView;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.text.ui.ChildText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The child's lesson reader: furigana, autosave with its time, resume after reopening, finishing, the home card. */
class LessonReaderViewTest extends KaribuTest {

    static final String FOOD = "food-loss-kodomo-shokudo";

    @Autowired
    UnitAssignments assignments;

    @Test
    void a_child_reads_a_lesson_answers_it_with_autosave_and_finds_the_answers_again() {
        PeopleFixture people = new PeopleFixture(context, "reader-view");
        new Acting(context).as(people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(people.learnerOfA)));
        KaribuSupport.signIn(people.learnerA);

        UI.getCurrent().navigate(LearnerHomeView.class);
        assertThat(LocatorJ._get(MyUnitsCard.class).isVisible()).isTrue();
        assertThat(LocatorJ._find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("open-lesson"))).hasSize(1);

        open();
        LessonReaderView reader = LocatorJ._get(LessonReaderView.class);
        assertThat(reader.getElement().getOuterHTML()).as("furigana for a child who wants them on every kanji")
                .contains("<ruby>");

        TextArea reflection = LocatorJ._get(TextArea.class, spec -> spec.withClasses("activity-loss-reflect"));
        _setValue(reflection, "のこさず たべる");
        assertThat(savedTexts()).anySatisfy(text -> assertThat(text).startsWith("ほぞんしました "));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> choice = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withClasses("activity-loss-meaning"));
        assertThat(LocatorJ._find(choice, ChildText.class)).as("each choice through the child text component")
                .hasSize(3).allSatisfy(label -> {
                    assertThat(label.getElement().getOuterHTML()).contains("<ruby>");
                    assertThat(label.plainText()).contains("食べ物");
                });
        _setValue(choice, 1);

        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("finish-lesson")));
        assertThat(savedTexts()).as("the number question is not answered yet")
                .contains("こたえてから おわりにしよう。");

        open(); // another device, or after a restart: the answers are there
        assertThat(LocatorJ._get(TextArea.class, spec -> spec.withClasses("activity-loss-reflect")).getValue())
                .isEqualTo("のこさず たべる");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> again = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withClasses("activity-loss-meaning"));
        assertThat(again.getValue()).isEqualTo(1);
    }

    @Test
    void the_reader_saves_within_two_seconds_of_the_last_key() {
        assertThat(ActivityField.DEBOUNCE_MS).isLessThanOrEqualTo(2000);
    }

    private static void open() {
        UI.getCurrent().navigate(LessonReaderView.class,
                new RouteParameters(Map.of("unitId", FOOD, "lessonId", "what-is-food-loss")));
    }

    private static List<String> savedTexts() {
        return LocatorJ._find(Span.class, spec -> spec.withClasses("save-status")).stream().map(Span::getText).toList();
    }
}
