package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Workshops and certificates per role, through the services: a coordinator has their organisations' only; a
 * supporter their own organisation's workshops and their own certificates; another organisation's coordinator or
 * supporter, a teacher and a learner are refused, the same way as for an id that does not exist, and audited.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Workshops workshops;
    @Autowired
    WorkshopSignups signups;
    @Autowired
    WorkshopAttendance attendance;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcTemplate jdbc;

    WorkshopFixture f;
    long workshop;
    long certificate;

    @BeforeAll
    void fixture() {
        f = new WorkshopFixture(context, "ws-access");
        workshop = f.workshop(3);
        f.signUp(0, workshop);
        certificate = f.acting.as(f.signIns.get(0), () -> certificates.submit(f.firstAid,
                LocalDate.now().minusDays(3), "scan.pdf", CertificatesTest.PDF));
    }

    @Test
    void another_organisations_coordinator_can_neither_see_nor_change_nor_register_the_workshop() {
        TestPrincipal stranger = f.people.coordinatorB;
        long refusalsBefore = refusals();
        refused(stranger, () -> workshops.detail(workshop));
        refused(stranger, () -> workshops.change(workshop, f.plan("乗っ取り", 10)));
        refused(stranger, () -> workshops.cancel(workshop));
        refused(stranger, () -> attendance.mark(workshop, f.supporters.get(0), true));
        refused(stranger, () -> workshops.detail(Long.MAX_VALUE)); // like one that does not exist
        assertThat(f.acting.as(stranger, () -> workshops.list())).extracting(WorkshopRow::id).doesNotContain(workshop);
        assertThat(refusals()).isEqualTo(refusalsBefore + 5);
        assertThat(f.acting.as(f.people.coordinatorA, () -> workshops.detail(workshop)).signups()).hasSize(1);
        assertThat(f.acting.as(f.people.admin, () -> workshops.detail(workshop)).workshop().id()).isEqualTo(workshop);
    }

    @Test
    void a_coordinator_cannot_plan_for_an_organisation_they_do_not_coordinate() {
        WorkshopPlan forA = f.plan("研修会", 10);
        refused(f.people.coordinatorB, () -> workshops.create(forA));
    }

    @Test
    void a_supporter_of_another_organisation_cannot_sign_up_and_does_not_see_the_workshop() {
        refused(f.signInOfB, () -> signups.signUp(workshop));
        assertThat(f.acting.as(f.signInOfB, () -> signups.open())).extracting(o -> o.workshop().id()).doesNotContain(workshop);
    }

    @Test
    void certificates_are_the_supporters_own_and_their_coordinators() {
        refused(f.signIns.get(1), () -> certificates.file(certificate));
        refused(f.people.coordinatorB, () -> certificates.file(certificate));
        refused(f.people.coordinatorB, () -> certificates.approve(certificate));
        refused(f.people.coordinatorB, () -> certificates.refuse(certificate, "だめ"));
        assertThat(f.acting.as(f.people.coordinatorB, () -> certificates.waiting())).extracting(CertificateRow::id)
                .doesNotContain(certificate);
        assertThat(f.acting.as(f.signIns.get(0), () -> certificates.file(certificate)).fileName()).isEqualTo("scan.pdf");
        assertThat(f.acting.as(f.people.coordinatorA, () -> certificates.file(certificate)).fileName()).isEqualTo("scan.pdf");
    }

    @Test
    void teachers_learners_and_supporters_cannot_use_the_coordinators_services() {
        for (TestPrincipal outsider : new TestPrincipal[] {f.people.teacher, f.people.learnerA, f.people.tutorA}) {
            refused(outsider, () -> workshops.list());
            refused(outsider, () -> workshops.detail(workshop));
            refused(outsider, () -> attendance.mark(workshop, f.supporters.get(0), true));
            refused(outsider, () -> certificates.waiting());
            refused(outsider, () -> certificates.approve(certificate));
        }
        for (TestPrincipal outsider : new TestPrincipal[] {f.people.teacher, f.people.learnerA, f.people.coordinatorA}) {
            refused(outsider, () -> signups.signUp(workshop));
            refused(outsider, () -> certificates.submit(f.firstAid, LocalDate.now(), "scan.pdf", CertificatesTest.PDF));
        }
    }

    private void refused(TestPrincipal who, Runnable call) {
        assertThatThrownBy(() -> f.acting.as(who, call)).isInstanceOf(AccessDeniedException.class);
    }

    private long refusals() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'REFUSED' AND screen = ?",
                Long.class, WorkshopsAccess.SCREEN_WORKSHOP);
        return count == null ? 0 : count;
    }
}
