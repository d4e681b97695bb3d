package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.testing.Refusals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supporter's certificates of completion (one code per completion, however often asked for) and the
 * coordinator's lookup by code: typed loosely, found for their own organisation's supporters, "not found" for
 * another organisation's exactly as for no certificate at all; every lookup audited, and rate-limited.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionCertificatesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CertificateIssuing issuing;
    @Autowired
    CertificateLookup lookup;
    @Autowired
    Readiness readiness;
    @Autowired
    JdbcTemplate jdbc;

    PeopleFixture f;
    Acting acting;
    long safeguarding;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "certificates");
        acting = new Acting(context);
        safeguarding = context.getBean(TrainingModuleRepository.class).findByCode("child-safeguarding").orElseThrow().id();
    }

    @Test
    void a_completed_module_gets_a_certificate_with_one_code_however_often_asked() {
        CertificateDetails first = acting.as(f.tutorA, () -> issuing.issueForModule(safeguarding));
        assertThat(first.code()).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
        assertThat(first.supporterName()).isEqualTo("学生 一郎");
        assertThat(first.organisationName()).isEqualTo("certificates 団体A");
        assertThat(first.moduleTitle()).isEqualTo("子どもを守る：打ち明けられたときの対応");
        assertThat(first.completedOn()).isEqualTo(readiness.today().minusDays(7)); // ReadySupporters' day
        assertThat(acting.as(f.tutorA, () -> issuing.issueForModule(safeguarding)).code()).isEqualTo(first.code());
    }

    @Test
    void the_certificate_prints_as_a_pdf_with_the_name_the_module_and_the_code() throws java.io.IOException {
        CertificateDocuments.PdfFile file = acting.as(f.tutorA,
                () -> context.getBean(CertificateDocuments.class).forModule("child-safeguarding", java.util.Locale.JAPANESE));
        String code = acting.as(f.tutorA, () -> issuing.issueForModule(safeguarding)).code();
        assertThat(file.fileName()).isEqualTo("certificate-" + code + ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("学生 一郎", "子どもを守る：打ち明けられたときの対応", code, "certificates 団体A");
        }
    }

    @Test
    void a_module_not_completed_or_a_track_not_finished_gets_no_certificate() {
        long workshop = context.getBean(TrainingModuleRepository.class).findByCode("interpersonal-support-workshop")
                .orElseThrow().id();
        Refusals.refusedQuietly(() -> acting.as(f.tutorA, () -> issuing.issueForModule(workshop)), "module",
                "training.certificate.error.not-completed");
        Refusals.refusedQuietly(() -> acting.as(f.tutorA, () -> issuing.issueForTrack()), "track",
                "training.certificate.error.not-trained");
    }

    @Test
    void the_coordinator_finds_a_code_typed_loosely_and_the_reading_is_audited() {
        String code = acting.as(f.tutorA, () -> issuing.issueForModule(safeguarding)).code();
        String loose = " " + toFullWidth(code.toLowerCase().replace("-", " - ")) + " ";
        CertificateDetails found = acting.as(f.coordinatorA, () -> lookup.verify(loose)).orElseThrow();
        assertThat(found.supporterName()).isEqualTo("学生 一郎");
        assertThat(found.moduleTitle()).isEqualTo("子どもを守る：打ち明けられたときの対応");
        assertThat(audited("READ", f.coordinatorA.username())).isPositive();
    }

    @Test
    void another_organisations_coordinator_is_told_not_found_as_for_a_code_that_does_not_exist() {
        String code = acting.as(f.tutorA, () -> issuing.issueForModule(safeguarding)).code();
        assertThat(acting.as(f.coordinatorB, () -> lookup.verify(code))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> lookup.verify("ZZZZZ-ZZZZZ"))).isEmpty();
        assertThat(acting.as(f.coordinatorB, () -> lookup.verify("not a code"))).isEmpty();
        assertThat(audited("REFUSED", f.coordinatorB.username())).isEqualTo(3);
        assertThat(acting.as(f.admin, () -> lookup.verify(code))).isPresent();
    }

    @Test
    void lookups_in_a_row_past_the_limit_are_refused_at_the_code_field() {
        context.getBean(SystemAccess.class).asAdministrator(() -> context.getBean(AccountAdministration.class).create(
                new NewAccount("certificates-hasty", "照会 急ぎ", null, "fixture-password", Set.of(Role.COORDINATOR))));
        TestPrincipal hasty = TestPrincipal.demo(context, "certificates-hasty");
        IntStream.range(0, LookupThrottle.LOOKUPS).forEach(i -> acting.as(hasty, () -> lookup.verify("ZZZZZ-ZZZZZ")));
        Refusals.refusedQuietly(() -> acting.as(hasty, () -> lookup.verify("ZZZZZ-ZZZZZ")), "code",
                "training.verify.error.too-many", LookupThrottle.WINDOW_MINUTES);
        assertThat(acting.as(f.coordinatorA, () -> lookup.verify("ZZZZZ-ZZZZZ"))).as("the limit is per account").isEmpty();
    }

    private int audited(String action, String actor) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE record_type = 'completion-certificate' AND action = ?
                AND screen = 'certificate-verify' AND actor = ?""", Integer.class, action, actor);
    }

    private static String toFullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return wide.toString();
    }
}
