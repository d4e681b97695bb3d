package jp.manabiba.training;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jp.manabiba.base.files.FileContent;
import jp.manabiba.base.files.TestImages;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * External certificates: the type read from the bytes, an empty or oversized file and a future day refused at their
 * fields with nothing stored; approval completes the module on the day the supporter gave, with the certificate as
 * its source; a refusal's reason reaches the supporter; a certificate is decided once.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificatesTest {

    /** The smallest file a PDF reader and Tika's magic numbers both call a PDF. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;
    @Autowired
    Certificates certificates;
    @Autowired
    CompletionRepository completions;
    @Autowired
    TrainingRecords records;

    WorkshopFixture f;
    LocalDate today;

    @BeforeAll
    void fixture() {
        f = new WorkshopFixture(context, "ws-cert");
        today = context.getBean(Readiness.class).today();
    }

    @Test
    void a_wrong_type_an_empty_or_oversized_file_and_a_future_day_are_refused_and_nothing_is_stored() {
        int before = mine(0).size();
        byte[] text = "これは修了証ではありません".getBytes(StandardCharsets.UTF_8);
        refusedQuietly(() -> submit(0, today, "certificate.pdf", text), "file", "training.certificate.error.wrong-type");
        refusedQuietly(() -> submit(0, today, "empty.pdf", new byte[0]), "file", "training.certificate.error.empty");
        byte[] huge = new byte[UploadKind.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        refusedQuietly(() -> submit(0, today, "huge.pdf", huge), "file", "training.certificate.error.too-large", 20);
        refusedQuietly(() -> submit(0, today.plusDays(1), "certificate.pdf", PDF), "completedOn",
                "training.error.completed-in-future");
        refusedQuietly(() -> f.acting.as(f.signIns.get(0), () -> certificates.submit(f.workshopModule, today,
                "certificate.pdf", PDF)), "module", "training.error.unknown-module");
        assertThat(mine(0)).hasSize(before);
    }

    @Test
    void an_approved_certificate_completes_first_aid_on_the_day_given() {
        LocalDate completed = today.minusDays(40);
        long id = submit(1, completed, "救命講習.png", TestImages.png(600, 400));
        CertificateRow waiting = f.acting.as(f.people.coordinatorA, () -> certificates.waiting()).stream()
                .filter(row -> row.id() == id).findFirst().orElseThrow();
        assertThat(waiting.supporterName()).isEqualTo("研修 花子2");
        assertThat(waiting.fileName()).isEqualTo("救命講習.jpg"); // a photo is written again as JPEG
        FileContent file = f.acting.as(f.people.coordinatorA, () -> certificates.file(id));
        assertThat(file.mediaType()).isEqualTo("image/jpeg");

        f.acting.as(f.people.coordinatorA, () -> certificates.approve(id));

        Completion completion = completions.findBySupporterIdOrderByCompletedOnDescIdDesc(f.supporters.get(1)).stream()
                .filter(c -> c.method() == CompletionMethod.CERTIFICATE).findFirst().orElseThrow();
        assertThat(completion.moduleId()).isEqualTo(f.firstAid);
        assertThat(completion.sourceId()).isEqualTo(id);
        assertThat(completion.completedOn()).isEqualTo(completed);
        assertThat(completion.expiresOn()).isEqualTo(completed.plusMonths(36));
        assertThat(mine(1)).extracting(CertificateRow::state).containsExactly(CertificateState.APPROVED);
        assertThat(f.acting.as(f.people.coordinatorA, () -> certificates.waiting())).extracting(CertificateRow::id)
                .doesNotContain(id);
        assertThat(f.acting.as(f.people.coordinatorA, () -> records.standing(f.supporters.get(1))).modules())
                .filteredOn(m -> m.moduleId() == f.firstAid).extracting(ModuleStanding::firstDone).containsExactly(completed);
        refusedQuietly(() -> f.acting.as(f.people.coordinatorA, () -> certificates.refuse(id, "やっぱり")),
                "certificate", "training.certificate.error.decided");
    }

    @Test
    void a_refused_certificate_tells_the_supporter_why_and_completes_nothing() {
        long id = submit(2, today, "scan.pdf", PDF);
        refusedQuietly(() -> f.acting.as(f.people.coordinatorA, () -> certificates.refuse(id, " ")), "reason",
                "validation.required");

        f.acting.as(f.people.coordinatorA, () -> certificates.refuse(id, "修了日が読めません。撮り直してください。"));

        CertificateRow row = mine(2).getFirst();
        assertThat(row.state()).isEqualTo(CertificateState.REFUSED);
        assertThat(row.reason()).isEqualTo("修了日が読めません。撮り直してください。");
        assertThat(completions.findBySupporterIdOrderByCompletedOnDescIdDesc(f.supporters.get(2)))
                .noneMatch(c -> c.method() == CompletionMethod.CERTIFICATE);
    }

    private long submit(int supporter, LocalDate day, String name, byte[] bytes) {
        return f.acting.as(f.signIns.get(supporter), () -> certificates.submit(f.firstAid, day, name, bytes));
    }

    private java.util.List<CertificateRow> mine(int supporter) {
        return f.acting.as(f.signIns.get(supporter), () -> certificates.mine());
    }
}
