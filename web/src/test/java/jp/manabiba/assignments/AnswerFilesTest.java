package jp.manabiba.assignments;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.base.files.FileContent;
import jp.manabiba.base.files.TestImages;
import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FILE answers on the real services: saved, replaced, counted at submission, and whose they are. */
@ManabibaTest
class AnswerFilesTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    AnswerFiles files;
    @Autowired
    AuditLog auditLog;
    @LocalServerPort
    int port;

    AssignmentsFixture f;
    long mine;
    long theirs;
    long photoQuestion;
    long textQuestion;

    @BeforeEach
    void fixture() {
        f = new AssignmentsFixture(context, "answer-files-" + FIXTURES.incrementAndGet());
        long assignment = f.published(f.people.coordinatorA, AssignmentsFixture.draft("けいさんカード", List.of(
                QuestionDraft.open(QuestionKind.FILE, "けいさんカードの しゃしんを とろう", 10, true),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "{感想|かんそう}", 5, false)),
                Set.of(f.people.learnerOfA, f.learnerOfA2), Set.of()));
        mine = f.submissionOf(f.people.learnerA, assignment);
        theirs = f.submissionOf(f.learnerA2, assignment);
        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(mine));
        photoQuestion = work.questions().get(0).questionId();
        textQuestion = work.questions().get(1).questionId();
    }

    private SavedFile attach(long submission, byte[] bytes, String name) {
        long version = f.acting.as(f.people.learnerA, () -> f.answering.open(submission)).version();
        return f.acting.as(f.people.learnerA, () -> files.attach(submission, photoQuestion, name, bytes, version));
    }

    @Test
    void a_photo_is_saved_as_the_answer_shown_again_and_counted_at_submission() {
        SavedFile saved = attach(mine, TestImages.jpegWithExif(2400, 1800, 1), "IMG_0001.JPG");

        WorkView work = f.acting.as(f.people.learnerA, () -> f.answering.open(mine));
        AnswerFile file = work.questions().getFirst().file();
        assertThat(file).isEqualTo(saved.file());
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.thumbnailUrl()).isEqualTo("/files/answers/" + file.id() + "/thumbnail");
        assertThat(work.questions().getFirst().savedAt()).isEqualTo(saved.saved().savedAt());
        FileContent stored = f.acting.as(f.people.learnerA, () -> files.read(file.id(), false));
        assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPSCAMERA");

        Submitted submitted = f.acting.as(f.people.learnerA, () -> f.answering.submit(mine, work.version()));
        assertThat(submitted.version()).isGreaterThan(work.version());
    }

    @Test
    void a_new_photo_replaces_the_old_one() {
        AnswerFile first = attach(mine, TestImages.png(300, 200), "a.png").file();
        AnswerFile second = attach(mine, TestImages.jpeg(200, 300), "b.jpg").file();

        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.open(mine)).questions().getFirst().file())
                .isEqualTo(second);
        assertThat(f.jdbc.sql("select count(*) from assignment_file where id = ?").param(first.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_text_named_jpg_is_refused_beside_the_question_and_the_stored_photo_stays() {
        AnswerFile kept = attach(mine, TestImages.png(100, 100), "ok.png").file();
        long version = f.acting.as(f.people.learnerA, () -> f.answering.open(mine)).version();

        refusedQuietly(() -> f.acting.as(f.people.learnerA, () -> files.attach(mine, photoQuestion, "fake.jpg",
                "not a photo".getBytes(StandardCharsets.UTF_8), version)),
                "question:" + photoQuestion, "upload.error.wrong-type");

        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.open(mine)).questions().getFirst().file())
                .isEqualTo(kept);
    }

    @Test
    void a_missing_required_photo_asks_for_a_photo() {
        long version = f.acting.as(f.people.learnerA, () -> f.answering.open(mine)).version();

        assertThatThrownBy(() -> f.acting.as(f.people.learnerA, () -> f.answering.submit(mine, version)))
                .isInstanceOfSatisfying(IncompleteSubmission.class, incomplete -> assertThat(incomplete.questionMessages())
                        .containsExactly(new IncompleteSubmission.QuestionMessage(photoQuestion, "assignment.error.required-file")));
    }

    @Test
    void another_childs_file_and_a_text_question_are_refused_and_audited() {
        long theirFile = f.acting.as(f.learnerA2, () -> files.attach(theirs, photoQuestion, "x.png",
                TestImages.png(50, 50), f.answering.open(theirs).version())).file().id();
        long version = f.acting.as(f.people.learnerA, () -> f.answering.open(mine)).version();

        refused(() -> f.acting.as(f.people.learnerA, () -> files.read(theirFile, true)));
        refused(() -> f.acting.as(f.people.learnerA, () -> files.read(theirFile + 100_000, false)));
        refused(() -> f.acting.as(f.people.learnerA, () -> files.attach(theirs, photoQuestion, "y.png",
                TestImages.png(50, 50), version)));
        refused(() -> f.acting.as(f.people.learnerA, () -> files.attach(mine, textQuestion, "y.png",
                TestImages.png(50, 50), version)));
        refused(() -> f.acting.as(f.people.coordinatorB, () -> files.read(theirFile, false)));

        List<AuditRow> refusals = refusalsBy(f.people.learnerA.username());
        assertThat(refusals).extracting(AuditRow::recordType).contains("assignment-file", "submission", "question");
        assertThat(refusals).filteredOn(r -> r.recordType().equals("assignment-file")).extracting(AuditRow::recordId)
                .contains(theirFile, theirFile + 100_000);
    }

    @Test
    void the_childs_tutor_sees_the_photo_and_opening_it_whole_is_audited() {
        long file = attach(mine, TestImages.png(640, 480), "p.png").file().id();

        ReviewView review = f.acting.as(f.people.tutorA, () -> f.reviewing.open(mine));
        assertThat(review.questions().getFirst().file()).extracting(AnswerFile::id).isEqualTo(file);
        FileContent thumbnail = f.acting.as(f.people.tutorA, () -> files.read(file, true));
        assertThat(thumbnail.mediaType()).isEqualTo("image/jpeg");
        f.acting.as(f.people.tutorA, () -> files.read(file, false));

        assertThat(f.acting.as(f.people.admin, () -> auditLog.search(
                new AuditFilter(f.people.tutorA.username(), null, null, null), 0, 50)))
                .anySatisfy(row -> {
                    assertThat(row.action()).isEqualTo(AuditAction.READ);
                    assertThat(row.recordType()).isEqualTo("assignment-file");
                    assertThat(row.recordId()).isEqualTo(file);
                });
    }

    @Test
    void another_childs_file_by_url_is_not_served() throws Exception {
        long theirFile = f.acting.as(f.learnerA2, () -> files.attach(theirs, photoQuestion, "x.png",
                TestImages.png(50, 50), f.answering.open(theirs).version())).file().id();
        BrowserlessClient child = new BrowserlessClient(port, "198.51.100.71");
        child.signIn("learner", "manabiba-demo", "/login?learner");

        HttpResponse<String> response = child.get(AnswerFile.PATH + theirFile + "/thumbnail");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("image/");
        assertThat(refusalsBy("learner")).extracting(AuditRow::recordId).contains(theirFile);
        assertThat(new BrowserlessClient(port, "198.51.100.72").get(AnswerFile.PATH + theirFile).statusCode())
                .as("nothing without sign-in").isNotEqualTo(200);
    }

    private void refused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditRow> refusalsBy(String username) {
        return f.acting.as(f.people.admin, () -> auditLog.search(new AuditFilter(username, null, null, null), 0, 200))
                .stream().filter(r -> r.action() == AuditAction.REFUSED).toList();
    }
}
