package jp.manabiba.learning.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import jp.manabiba.learning.LessonWork;
import jp.manabiba.learning.UnitAssignments;
import jp.manabiba.people.PeopleFixture;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The same child on two devices: what one saved is on the other, and a stale screen does not overwrite it unseen. */
class LessonSecondDeviceTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();
    private static final String FOOD = LessonReaderViewTest.FOOD;
    private static final String REFLECTION = "loss-reflect";

    @Autowired
    UnitAssignments assignments;
    @Autowired
    LessonWork work;

    PeopleFixture people;

    @BeforeEach
    void fixture() {
        people = new PeopleFixture(context, "reader-device-" + FIXTURES.incrementAndGet());
        new Acting(context).as(people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(people.learnerOfA)));
    }

    @Test
    void a_reflection_written_on_one_device_is_there_on_another() {
        openOnANewDevice();
        _setValue(reflection(), "おにぎりを のこさない");
        String saved = status();

        openOnANewDevice();

        assertThat(reflection().getValue()).isEqualTo("おにぎりを のこさない");
        assertThat(status()).as("the time it was saved, as the first device showed it").isEqualTo(saved);
    }

    @Test
    void a_screen_left_open_does_not_overwrite_what_another_device_saved_since() {
        new Acting(context).as(people.learnerA, () -> work.save(FOOD, REFLECTION, "はじめの こたえ", null));
        openOnANewDevice();
        long seen = new Acting(context).as(people.learnerA, () -> work.open(FOOD, "what-is-food-loss")).activities()
                .stream().filter(a -> a.id().equals(REFLECTION)).findFirst().orElseThrow().version();
        new Acting(context).as(people.learnerA, () -> work.save(FOOD, REFLECTION, "もう ひとつの タブレットで", seen));

        _setValue(reflection(), "ふるい がめんで");

        assertThat(status()).isEqualTo("べつの がめんで かわりました。がめんを ひらきなおしてね。");
        assertThat(new Acting(context).as(people.learnerA, () -> work.open(FOOD, "what-is-food-loss")).activities()
                .stream().filter(a -> a.id().equals(REFLECTION)).findFirst().orElseThrow().answer())
                .isEqualTo("もう ひとつの タブレットで");
    }

    @Test
    void a_screen_opened_before_any_answer_does_not_overwrite_another_devices_first_answer() {
        openOnANewDevice();
        new Acting(context).as(people.learnerA, () -> work.save(FOOD, REFLECTION, "タブレットで さきに", null));

        _setValue(reflection(), "ふるい がめんで");

        assertThat(status()).isEqualTo("べつの がめんで かわりました。がめんを ひらきなおしてね。");
        assertThat(new Acting(context).as(people.learnerA, () -> work.open(FOOD, "what-is-food-loss")).activities()
                .stream().filter(a -> a.id().equals(REFLECTION)).findFirst().orElseThrow().answer())
                .isEqualTo("タブレットで さきに");
    }

    /** Another browser: a new session and a new UI, signed in as the same child. */
    private void openOnANewDevice() {
        KaribuSupport.stop();
        KaribuSupport.start(context);
        KaribuSupport.signIn(people.learnerA);
        UI.getCurrent().navigate(LessonReaderView.class,
                new RouteParameters(Map.of("unitId", FOOD, "lessonId", "what-is-food-loss")));
    }

    private static TextArea reflection() {
        return LocatorJ._get(TextArea.class, spec -> spec.withClasses("activity-" + REFLECTION));
    }

    /** The saved-or-refused line of the reflection's card. */
    private static String status() {
        Component card = reflection();
        while (!(card instanceof Section)) {
            card = card.getParent().orElseThrow();
        }
        return LocatorJ._get(card, Span.class, spec -> spec.withClasses("save-status")).getText();
    }
}
