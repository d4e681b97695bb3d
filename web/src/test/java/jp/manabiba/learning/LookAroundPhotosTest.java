package jp.manabiba.learning;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.base.files.FileContent;
import jp.manabiba.base.files.TestImages;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static jp.manabiba.learning.LearningFixture.FOOD;
import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Look-around photos: kept without EXIF, shown again in the lesson, and seen only by whom the child's learning is. */
@ManabibaTest
class LookAroundPhotosTest {

    private static final String LOOK = "dates-look";
    private static final java.util.concurrent.atomic.AtomicInteger FIXTURES = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    LookAroundPhotos photos;
    @Autowired
    LessonWork work;
    @Autowired
    UnitAssignments assignments;

    LearningFixture f;

    @BeforeEach
    void fixture() {
        f = new LearningFixture(context, "learning-photo-" + FIXTURES.incrementAndGet());
        f.as(f.people.tutorA, () -> assignments.assignToLearners(FOOD, List.of(f.people.learnerOfA)));
    }

    @Test
    void a_photo_is_kept_without_exif_shown_in_the_lesson_and_replaced_by_the_next() {
        LookAroundPhoto first = f.as(f.people.learnerA,
                () -> photos.attach(FOOD, LOOK, "IMG_1.jpg", TestImages.jpegWithExif(3000, 2000, 1)));
        LookAroundPhoto second = f.as(f.people.learnerA,
                () -> photos.attach(FOOD, LOOK, "IMG_2.png", TestImages.png(400, 300)));

        assertThat(second.id()).isEqualTo(first.id());
        ActivityView look = f.as(f.people.learnerA, () -> work.open(FOOD, "reading-dates")).activities().stream()
                .filter(a -> a.id().equals(LOOK)).findFirst().orElseThrow();
        assertThat(look.photoAsked()).isTrue();
        assertThat(look.photo()).isEqualTo(second);
        FileContent stored = f.as(f.people.learnerA, () -> photos.read(second.id(), false));
        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(stored.fileName()).isEqualTo("IMG_2.jpg");
        assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void a_text_named_jpg_is_refused_under_the_activity_and_a_question_takes_no_photo() {
        refusedQuietly(() -> f.as(f.people.learnerA, () -> photos.attach(FOOD, LOOK, "photo.jpg",
                "しゃしん じゃない".getBytes(StandardCharsets.UTF_8))), LOOK, "upload.error.wrong-type");
        assertThatThrownBy(() -> f.as(f.people.learnerA, () -> photos.attach(FOOD, "dates-name", "a.png",
                TestImages.png(10, 10)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_matched_tutor_sees_it_audited_and_another_child_a_teacher_or_another_organisation_do_not() {
        long id = f.as(f.people.learnerA, () -> photos.attach(FOOD, LOOK, "a.png", TestImages.png(50, 50))).id();

        assertThat(f.as(f.people.tutorA, () -> photos.read(id, true)).bytes()).isNotEmpty();
        assertThat(f.audited(f.people.tutorA, "activity-photo"))
                .anySatisfy(row -> assertThat(row.action()).isEqualTo(AuditAction.READ));

        TestPrincipal otherChild = TestPrincipal.demo(context, "learner");
        for (TestPrincipal stranger : List.of(otherChild, f.people.teacher, f.people.coordinatorB)) {
            assertThatThrownBy(() -> f.as(stranger, () -> photos.read(id, true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> f.as(otherChild, () -> photos.read(id + 100_000, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited(otherChild, "activity-photo")).extracting(r -> r.recordId()).contains(id, id + 100_000);
    }
}
