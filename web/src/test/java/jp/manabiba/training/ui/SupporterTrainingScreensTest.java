package jp.manabiba.training.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import jp.manabiba.base.files.TestImages;
import jp.manabiba.base.ui.AccessDeniedView;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.KaribuSupport;
import jp.manabiba.testing.KaribuTest;
import jp.manabiba.training.Readiness;
import jp.manabiba.training.WorkshopFixture;
import jp.manabiba.training.WorkshopSignups;
import org.junit.jupiter.api.Test;

/**
 * The supporter's sign-up and certificate screens (reached from "My training"), and the coordinator's approvals:
 * a full workshop puts them on the waiting list, a cancellation moves them up and they see it; a wrong file is told
 * under the upload and nothing is stored; an approved certificate leaves the coordinator's queue.
 */
class SupporterTrainingScreensTest extends KaribuTest {

    @Test
    void a_supporter_joins_the_waiting_list_of_a_full_workshop_and_sees_it_when_they_move_up() {
        WorkshopFixture f = new WorkshopFixture(context, "ws-screen-signup");
        long workshop = f.workshop(1);
        f.signUp(0, workshop);
        KaribuSupport.signIn(f.signIns.get(1));
        UI.getCurrent().navigate(SignUpView.class);
        assertThat(mine()).isEqualTo("満席です。キャンセル待ちに申し込めます。");

        _click(LocatorJ._get(Button.class, spec -> spec.withText("キャンセル待ちに申し込む")));

        assertThat(mine()).startsWith("キャンセル待ちの 1 番目です。");
        // the booked supporter cancels on their own device (outside this mocked browser, whose sign-in would win)
        KaribuSupport.stop();
        f.acting.as(f.signIns.get(0), () -> context.getBean(WorkshopSignups.class).cancel(workshop));
        KaribuSupport.start(context);
        KaribuSupport.signIn(f.signIns.get(1));
        UI.getCurrent().navigate(SignUpView.class);
        assertThat(mine()).isEqualTo("キャンセルが出たので、席が取れました。申し込み済みです。");
        _click(LocatorJ._get(Button.class, spec -> spec.withText("申し込みを取り消す")));
        assertThat(mine()).isEqualTo("残り 1 席");
    }

    @Test
    void a_cancelled_workshop_stays_on_the_page_of_those_signed_up_marked_and_without_a_button() {
        WorkshopFixture f = new WorkshopFixture(context, "ws-screen-cancel");
        long workshop = f.workshop(3);
        f.signUp(0, workshop);
        f.acting.as(f.people.coordinatorA, () -> context.getBean(jp.manabiba.training.Workshops.class).cancel(workshop));
        KaribuSupport.signIn(f.signIns.get(0));

        UI.getCurrent().navigate(SignUpView.class);

        assertThat(mine()).isEqualTo("この研修会は中止されました。");
        assertThat(LocatorJ._find(Button.class, spec -> spec.withClasses("workshop-cancel"))).isEmpty();
    }

    @Test
    void a_wrong_file_is_told_under_the_upload_and_an_approved_certificate_leaves_the_coordinators_queue() {
        WorkshopFixture f = new WorkshopFixture(context, "ws-screen-cert");
        KaribuSupport.signIn(f.signIns.get(0));
        UI.getCurrent().navigate(CertificatesView.class);
        _setValue(LocatorJ._get(DatePicker.class, spec -> spec.withLabel("修了した日")),
                context.getBean(Readiness.class).today().minusDays(10));
        Upload upload = LocatorJ._get(Upload.class);

        UploadKt._upload(upload, "修了証.pdf", "application/pdf", "修了証ではない".getBytes(StandardCharsets.UTF_8));
        KaribuSupport.awaitPush(() -> !LocatorJ._get(Span.class, spec -> spec.withClasses("certificate-chosen")).getText().isEmpty());
        _click(LocatorJ._get(Button.class, spec -> spec.withText("提出する")));

        Div problem = LocatorJ._get(Div.class, spec -> spec.withClasses("form-refusal"));
        assertThat(problem.getText()).startsWith("このファイルは使えません。");
        Grid<?> mine = LocatorJ._get(Grid.class, spec -> spec.withClasses("my-certificates"));
        assertThat(GridKt._size(mine)).isZero();

        UploadKt._upload(upload, "修了証.png", "image/png", TestImages.png(800, 600));
        KaribuSupport.awaitPush(() -> LocatorJ._get(Span.class, spec -> spec.withClasses("certificate-chosen"))
                .getText().contains("修了証.png"));
        _click(LocatorJ._get(Button.class, spec -> spec.withText("提出する")));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(GridKt._getFormatted(mine, 0, "state")).isEqualTo("確認待ち");

        KaribuSupport.signIn(f.people.coordinatorA);
        UI.getCurrent().navigate(CertificateApprovalsView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> queue = LocatorJ._get(Grid.class, spec -> spec.withClasses("approvals-grid"));
        assertThat(GridKt._size(queue)).isEqualTo(1);
        Div decide = (Div) GridKt._getCellComponent(queue, 0, "decide");
        LocatorJ._get(decide, Button.class, spec -> spec.withText("承認する")).click();
        assertThat(GridKt._size(queue)).isZero();

        KaribuSupport.signIn(f.signIns.get(0));
        UI.getCurrent().navigate(CertificatesView.class);
        Grid<?> after = LocatorJ._get(Grid.class, spec -> spec.withClasses("my-certificates"));
        assertThat(GridKt._getFormatted(after, 0, "state")).isEqualTo("承認されました");
    }

    @Test
    void a_coordinator_a_teacher_and_a_learner_cannot_open_the_supporters_screens() {
        for (String user : new String[] {"coordinator", "teacher", "learner"}) {
            KaribuSupport.signIn(TestPrincipal.demo(context, user));
            for (String route : new String[] {"training/sign-up", "training/certificates"}) {
                UI.getCurrent().navigate(route);
                assertThat(KaribuSupport.currentView()).as(user + " on " + route).isInstanceOf(AccessDeniedView.class);
            }
        }
    }

    private static String mine() {
        return LocatorJ._get(Span.class, spec -> spec.withClasses("workshop-mine")).getText();
    }
}
