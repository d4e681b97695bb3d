package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.base.ui.RefusedRecordView;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static jp.manabiba.learning.ui.ChildUnitFixture.FOOD;
import static jp.manabiba.learning.ui.ChildUnitFixture.NOT_GIVEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The self-rating at a unit's start and end: pictures and kana, kept when all are chosen, there again elsewhere. */
class SelfRatingViewTest extends KaribuTest {

    @Test
    void the_first_lesson_leads_to_the_start_rating_which_is_kept_and_shown_again_on_another_device() {
        ChildUnitFixture f = new ChildUnitFixture(context, "rating-start");
        UI.getCurrent().navigate(LessonReaderView.class,
                new RouteParameters(Map.of("unitId", FOOD, "lessonId", "what-is-food-loss")));
        assertThat(LocatorJ._get(RouterLink.class, spec -> spec.withClasses("open-rating-start")).isVisible())
                .as("「はじめる まえに」 on the first lesson").isTrue();

        ChildUnitFixture.openRating(FOOD, "start");
        List<RadioButtonGroup<Integer>> steps = steps();
        assertThat(steps).as("the food unit's four abilities").hasSize(4);
        assertThat(LocatorJ._get(SelfRatingView.class).getElement().getOuterHTML())
                .contains("<svg", "できない", "すこしできる", "できる", "よくできる");
        _setValue(steps.get(0), 1);
        assertThat(status()).isEqualTo("あと 3こ えらんでね");
        _setValue(steps.get(1), 2);
        _setValue(steps.get(2), 2);
        _setValue(steps.get(3), 3);
        assertThat(status()).startsWith("ほぞんしました ");
        _setValue(steps.get(3), 4); // a change of mind is kept too

        f.secondDevice();
        ChildUnitFixture.openRating(FOOD, "start");
        assertThat(steps()).extracting(RadioButtonGroup::getValue).containsExactly(1, 2, 2, 4);
        UI.getCurrent().navigate(LessonReaderView.class,
                new RouteParameters(Map.of("unitId", FOOD, "lessonId", "what-is-food-loss")));
        assertThat(LocatorJ._find(RouterLink.class, spec -> spec.withClasses("open-rating-start")))
                .as("rated: the start card is gone").isEmpty();
        assertThat(LocatorJ._get(UnitProgress.class).description()).startsWith("はじめの じぶん: えらんだ。");
    }

    @Test
    void the_end_rating_is_kept_apart_from_the_start_and_shown_again_on_another_device() {
        ChildUnitFixture f = new ChildUnitFixture(context, "rating-end");
        ChildUnitFixture.openRating(FOOD, "end");
        List<RadioButtonGroup<Integer>> steps = steps();
        for (RadioButtonGroup<Integer> step : steps) {
            _setValue(step, 4);
        }
        assertThat(status()).startsWith("ほぞんしました ");

        f.secondDevice();
        ChildUnitFixture.openRating(FOOD, "end");
        assertThat(steps()).extracting(RadioButtonGroup::getValue).containsOnly(4);
        ChildUnitFixture.openRating(FOOD, "start");
        assertThat(steps()).extracting(RadioButtonGroup::getValue).containsOnlyNulls();
    }

    @Test
    void a_child_cannot_rate_a_unit_not_given_to_them_and_the_try_is_audited() {
        ChildUnitFixture f = new ChildUnitFixture(context, "rating-stranger");

        ChildUnitFixture.openRating(NOT_GIVEN, "start");

        assertThat(KaribuSupport.currentView()).isInstanceOf(RefusedRecordView.class);
        assertThat(LocatorJ._find(AbilityRating.class)).isEmpty();
        assertThat(f.refusalsOn("self-rating")).isNotEmpty();
    }

    @Test
    void an_adult_cannot_open_a_childs_rating_screen() {
        ChildUnitFixture f = new ChildUnitFixture(context, "rating-adult");
        KaribuSupport.signIn(f.people.tutorA);

        UI.getCurrent().navigate("learner/rating/" + FOOD + "/start");

        assertThat(KaribuSupport.currentView()).isInstanceOf(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<RadioButtonGroup<Integer>> steps() {
        return LocatorJ._find(AbilityRating.class).stream()
                .map(ability -> (RadioButtonGroup<Integer>) LocatorJ._get(ability, RadioButtonGroup.class))
                .toList();
    }

    private static String status() {
        return LocatorJ._get(SelfRatingView.class).getChildren()
                .filter(child -> child instanceof SaveStatus).map(child -> ((Span) child).getText()).findFirst().orElse("");
    }
}
