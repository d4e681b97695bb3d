package jp.manabiba.learning;

import java.net.http.HttpResponse;

import jp.manabiba.curriculum.text.ReaderGrade;
import jp.manabiba.curriculum.unit.Unit;
import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.text.ChildTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The content jar's units inside the running application, and their images as a child's browser gets them. */
@ManabibaTest
class UnitLibraryTest {

    @Autowired
    UnitLibrary library;
    @Autowired
    ChildTexts texts;
    @LocalServerPort
    int port;

    @Test
    void the_four_units_of_the_content_module_load_at_start() {
        assertThat(library.units()).extracting(Unit::id).containsExactlyInAnyOrder("akutagawa-yodogawa-nature",
                "food-loss-kodomo-shokudo", "jishin-sonae-machi", "tabunka-kotoba-neighbours");
        assertThat(library.units()).allSatisfy(unit -> assertThat(unit.activeLessons()).hasSizeBetween(3, 5));
    }

    @Test
    void a_lessons_own_image_is_shown_from_the_media_address() {
        Unit river = library.unit("akutagawa-yodogawa-nature").orElseThrow();
        var lesson = river.lessons().stream().filter(l -> !l.images().isEmpty()).findFirst().orElseThrow();
        String html = texts.markdown(LessonImages.rewrite(river.id(), lesson.text()), ReaderGrade.of(3)).html();

        assertThat(html).contains("<img src=\"/media/units/akutagawa-yodogawa-nature/" + lesson.images().getFirst() + "\"");
        assertThat(html).doesNotContain("images/");
    }

    @Test
    void an_image_is_served_to_a_signed_in_child_with_its_type_and_nothing_else_is() throws Exception {
        BrowserlessClient child = new BrowserlessClient(port, "198.51.100.61");
        child.signIn("learner", "manabiba-demo", "/login?learner");

        HttpResponse<String> svg = child.get("/media/units/akutagawa-yodogawa-nature/river-journey.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(svg.headers().firstValue("Content-Security-Policy")).hasValue(UnitMediaController.IMAGE_POLICY);
        assertThat(svg.body()).contains("<svg");

        HttpResponse<String> folder = child.get("/media/units/akutagawa-yodogawa-nature/");
        assertThat(folder.body()).as("no listing (the app's own page for an unknown address)")
                .doesNotContain("river-journey.svg", "unit.yaml");
        assertThat(folder.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).doesNotStartWith("image/"));
        assertThat(child.get("/media/units/akutagawa-yodogawa-nature/unit.yaml").statusCode()).isEqualTo(404);
        assertThat(child.get("/media/units/akutagawa-yodogawa-nature/three-kinds.svg").statusCode())
                .as("another unit's image").isEqualTo(404);
        assertThat(child.get("/media/units/nope/river-journey.svg").statusCode()).isEqualTo(404);
        assertThat(child.get("/media/units/akutagawa-yodogawa-nature/..%2Funit.yaml").statusCode()).isIn(400, 404);
    }

    @Test
    void images_need_a_sign_in() throws Exception {
        HttpResponse<String> anonymous = new BrowserlessClient(port, "198.51.100.62")
                .get("/media/units/akutagawa-yodogawa-nature/river-journey.svg");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("<svg");
    }
}
