package jp.manabiba.assignments;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import jp.manabiba.assignments.ui.AnswerWorkView;
import jp.manabiba.base.files.TestImages;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/**
 * The child's answering screen beyond text: a photo for a FILE question (saved, there again on another device,
 * accepted at submission), 「えらんでね」 for a choice left out, the earlier attempts with the tutor's comments, and
 * a save that fails once, says so and gets through on its own.
 */
class AnswerWorkScreenTest extends KaribuTest {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    @MockitoSpyBean
    Answering spied;

    AssignmentsFixture f;
    long submission;
    WorkView work;

    @BeforeEach
    void fixture() {
        reset(answering());
        f = new AssignmentsFixture(context, "answer-work-" + FIXTURES.incrementAndGet());
        long assignment = f.published(f.people.tutorA, AssignmentsFixture.draft("{観察|かんさつ}カード", List.of(
                QuestionDraft.open(QuestionKind.FILE, "アサガオの しゃしんを とろう", 10, true),
                QuestionDraft.choice(false, "はなの いろは？", 5, new ChoiceDraft("あお", true), new ChoiceDraft("しろ", false)),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "{気|き}づいた こと", 5, false)),
                Set.of(f.people.learnerOfA), Set.of()));
        submission = f.submissionOf(f.people.learnerA, assignment);
        work = f.acting.as(f.people.learnerA, () -> f.answering.open(submission));
    }

    /** The spy itself, under the method-security proxy, for stubbing. */
    private Answering answering() {
        return AopTestUtils.getUltimateTargetObject(spied);
    }

    private void open() {
        KaribuSupport.signIn(f.people.learnerA);
        UI.getCurrent().navigate(AnswerWorkView.class, submission);
    }

    private Div panel(int index) {
        long id = work.questions().get(index).questionId();
        return LocatorJ._get(Div.class, spec -> spec.withId("question-" + id));
    }

    private String status(int index) {
        return LocatorJ._get(panel(index), Span.class, spec -> spec.withClasses("question-status")).getText();
    }

    private String problem(int index) {
        // hidden when there is none, and Karibu finds only what is visible
        return panel(index).getChildren().filter(c -> c instanceof Paragraph p && p.hasClassName("question-problem")
                && p.isVisible()).map(c -> ((Paragraph) c).getText()).findFirst().orElse("");
    }

    private void submit() {
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("submit-button")));
        _click(LocatorJ._get(Button.class, spec -> spec.withClasses("submit-yes")));
    }

    @Test
    void the_child_uploads_a_photo_it_survives_reopening_and_submit_accepts_it() {
        open();
        Upload upload = LocatorJ._get(panel(0), Upload.class);
        assertThat(upload.getElement().getProperty("capture")).isEqualTo("environment");

        UploadKt._upload(upload, "IMG_0001.jpg", "image/jpeg", TestImages.jpeg(2400, 1600));
        KaribuSupport.awaitPush(() -> !LocatorJ._find(panel(0), Image.class).isEmpty());

        assertThat(status(0)).matches("ほぞんしました（\\d\\d:\\d\\d）");
        assertThat(LocatorJ._get(panel(0), Image.class).getSrc()).endsWith("/thumbnail");

        KaribuSupport.stop();
        KaribuSupport.start(context); // another browser
        open();
        assertThat(LocatorJ._get(panel(0), Image.class).getSrc()).startsWith("/files/answers/");
        @SuppressWarnings("unchecked")
        var colour = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<WorkView.Option>)
                LocatorJ._get(panel(1), com.vaadin.flow.component.radiobutton.RadioButtonGroup.class);
        _setValue(colour, work.questions().get(1).choices().getFirst());

        submit();

        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.open(submission)).state())
                .isEqualTo(SubmissionState.SUBMITTED);

        KaribuSupport.signIn(f.people.tutorA); // the reviewer sees the photo: its thumbnail links to the whole
        UI.getCurrent().navigate(jp.manabiba.assignments.ui.ReviewWorkView.class, submission);
        Image photo = LocatorJ._get(Image.class, spec -> spec.withClasses("attached-file-thumbnail"));
        assertThat(photo.getSrc()).startsWith("/files/answers/").endsWith("/thumbnail");
        assertThat(photo.getAlt()).contains("子どもが出した写真");
    }

    @Test
    void a_text_file_named_jpg_is_refused_beside_the_question() {
        open();
        UploadKt._upload(LocatorJ._get(panel(0), Upload.class), "photo.jpg", "image/jpeg",
                "しゃしん じゃない".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        KaribuSupport.awaitPush(() -> !problem(0).isEmpty());

        assertThat(problem(0)).isEqualTo("この ファイルは つかえないよ。しゃしん（JPEG か PNG）か PDF に してね。");
        assertThat(LocatorJ._find(panel(0), Image.class)).isEmpty();
    }

    @Test
    void a_choice_left_out_asks_to_choose_and_a_missing_photo_asks_for_one() {
        open();
        submit();

        assertThat(problem(1)).isEqualTo("こたえを えらんでね。");
        assertThat(problem(0)).isEqualTo("しゃしんを いれてね。");
        assertThat(problem(2)).isEmpty();
    }

    @Test
    void a_save_that_fails_once_says_so_and_gets_through_on_its_own() {
        doThrow(new DataAccessResourceFailureException("database away")).doCallRealMethod()
                .when(answering()).save(anyLong(), anyLong(), any(), anyLong());
        open();

        _setValue(LocatorJ._get(panel(2), TextArea.class), "はなが ひらいた");

        assertThat(status(2)).isEqualTo("ほぞん できなかったよ。こたえは けさないで もういちど ためして いるよ…");
        assertThat(LocatorJ._get(panel(2), TextArea.class).getValue()).isEqualTo("はなが ひらいた");
        KaribuSupport.awaitPush(() -> status(2).startsWith("ほぞんしました"));
        assertThat(status(2)).matches("ほぞんしました（\\d\\d:\\d\\d）");
        assertThat(f.acting.as(f.people.learnerA, () -> f.answering.open(submission)).questions().get(2).text())
                .isEqualTo("はなが ひらいた");
    }

    @Test
    void earlier_attempts_show_with_the_tutors_comments_in_furigana() {
        long version = f.acting.as(f.people.learnerA, () -> {
            long v = f.answering.save(submission, work.questions().get(1).questionId(),
                    DraftAnswer.choices(work.questions().get(1).choices().getFirst().id()), work.version()).version();
            v = f.answering.save(submission, work.questions().get(2).questionId(), DraftAnswer.text("あおい はな"), v).version();
            return v;
        });
        // the photo question is required: hand in through the service with a photo
        f.acting.as(f.people.learnerA, () -> context.getBean(AnswerFiles.class).attach(submission,
                work.questions().getFirst().questionId(), "a.png", TestImages.png(80, 60), version));
        long ready = f.acting.as(f.people.learnerA, () -> f.answering.open(submission)).version();
        f.acting.as(f.people.learnerA, () -> f.answering.submit(submission, ready));
        long submitted = f.acting.as(f.people.tutorA, () -> f.reviewing.open(submission)).version();
        f.acting.as(f.people.tutorA, () -> f.reviewing.review(submission, submitted, new Review(List.of(
                new Review.Mark(work.questions().get(2).questionId(), 3, "よく {見|み}たね")), "もう いちど {写真|しゃしん}を",
                Review.Outcome.RETURN)));

        open();

        Details attempt = LocatorJ._get(Details.class, spec -> spec.withClasses("history-attempt"));
        assertThat(attempt.getSummaryText()).startsWith("1かいめ");
        String html = attempt.getElement().getOuterHTML();
        assertThat(html).contains("<ruby>").contains("み").contains("あおい はな").contains("3 / 5 てん");
    }
}
