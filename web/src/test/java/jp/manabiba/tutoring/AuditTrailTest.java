package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jp.manabiba.training.ReadySupporters;
import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.audit.AuditRow;
import jp.manabiba.schools.FiscalYear;
import jp.manabiba.people.HouseholdOutcomes;
import jp.manabiba.people.LearnerRecords;
import jp.manabiba.people.Matching;
import jp.manabiba.people.MyLearners;
import jp.manabiba.people.MyPupils;
import jp.manabiba.people.NetworkDirectory;
import jp.manabiba.people.SiteKind;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.TestPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.manabiba.testing.ManabibaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audited action writes its entry: who, what, which record, from which screen and client address. The
 * requests come from a made-up client address, as the servlet container would give it.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest {

    private static final String CLIENT = "203.0.113.7";

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountAdministration administration;
    @Autowired
    NetworkDirectory network;
    @Autowired
    HouseholdOutcomes outcomes;
    @Autowired
    Matching matching;
    @Autowired
    LearnerRecords learners;
    @Autowired
    MyPupils pupils;
    @Autowired
    MyLearners myLearners;
    @Autowired
    SessionBoard board;

    TutoringFixture f;

    @BeforeAll
    void fixture() {
        f = new TutoringFixture(context, "audit-trail");
    }

    @BeforeEach
    void fromAClient() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(CLIENT);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noClient() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_administrators_suspension_new_password_and_sign_in_card_are_audited() {
        long tutorAccount = f.people.tutorA.accountId();
        as(f.people.admin, () -> administration.setEnabled(tutorAccount, false));
        as(f.people.admin, () -> administration.setEnabled(tutorAccount, true));
        as(f.people.admin, () -> administration.setPassword(tutorAccount, "a-new-long-password"));
        as(f.people.admin, () -> administration.resetPassword(tutorAccount));

        List<AuditRow> entries = entries(f.people.admin, "account");
        for (String action : List.of("SUSPEND", "ENABLE", "NEW_PASSWORD", "SIGN_IN_CARD")) {
            assertThat(entries).as(action).anySatisfy(entry -> assertEntry(entry, action, tutorAccount, "accounts"));
        }
    }

    @Test
    void an_administrators_organisations_sites_coordinators_and_targets_are_audited() {
        long organisation = as(f.people.admin, () -> network.addOrganisation("audit-trail 新団体"));
        as(f.people.admin, () -> network.addSite(organisation, "audit-trail 拠点", SiteKind.LEARNING_ROOM, null));
        as(f.people.admin, () -> network.addCoordinator(organisation, f.people.coordinatorA.accountId()));
        int year = FiscalYear.of(LocalDate.now()).year();
        as(f.people.admin, () -> outcomes.setTarget(organisation, FiscalYear.of(LocalDate.of(year, 4, 1)), 30));

        List<AuditRow> entries = entries(f.people.admin, "organisation");
        assertThat(entries).anySatisfy(entry -> assertEntry(entry, "CREATE", organisation, "organisations"));
        assertThat(entries).anySatisfy(entry -> assertEntry(entry, "CHANGE", organisation, "sites"));
        assertThat(entries).anySatisfy(entry -> assertEntry(entry, "CHANGE", organisation, "coordinators"));
        assertThat(entries).anySatisfy(entry -> assertEntry(entry, "CHANGE", organisation, "targets"));
    }

    @Test
    void a_match_and_its_end_are_audited() {
        long supporter = as(f.people.coordinatorA, () -> context.getBean(SupporterRecords.class).create(f.people.organisationA,
                new SupporterDetails(SupporterCategory.EX_NURSERY_TEACHER, "監査", "花子", null, null, null, null)));
        as(f.people.coordinatorA, () -> ReadySupporters.makeReady(context, supporter));
        long match = as(f.people.coordinatorA, () -> matching.match(supporter, f.people.learnerOfA, LocalDate.of(2030, 4, 1), null));
        as(f.people.coordinatorA, () -> matching.end(match, LocalDate.of(2030, 5, 1)));

        List<AuditRow> entries = entries(f.people.coordinatorA, "match");
        assertThat(entries).anySatisfy(entry -> assertEntry(entry, "CREATE", match, "match-form"));
        assertThat(entries).anySatisfy(entry -> assertEntry(entry, "END", match, "learner-page"));
    }

    @Test
    void opening_a_learners_page_is_audited() {
        as(f.people.coordinatorA, () -> learners.open(f.people.learnerOfA));

        assertThat(entries(f.people.coordinatorA, "learner"))
                .anySatisfy(entry -> assertEntry(entry, "READ", f.people.learnerOfA, "learner-page"));
    }

    @Test
    void a_teachers_pupil_list_is_audited() {
        as(f.people.teacher, () -> pupils.list());

        assertThat(entries(f.people.teacher, "school"))
                .anySatisfy(entry -> assertEntry(entry, "READ", f.people.school, "teacher-home"));
    }

    @Test
    void a_tutors_home_with_shared_notes_is_audited_for_each_child() {
        as(f.people.tutorA, () -> myLearners.list());

        assertThat(entries(f.people.tutorA, "learner"))
                .anySatisfy(entry -> assertEntry(entry, "READ", f.people.learnerOfA, "tutor-home"));
    }

    @Test
    void an_attendance_correction_and_ending_a_session_are_audited() {
        long session = f.sessionStartingIn(Duration.ofMinutes(-5));
        as(f.people.tutorA, () -> board.correct(session, f.people.learnerOfA, -1, AttendanceState.JOINED, "来ていた"));
        as(f.people.tutorA, () -> board.end(session));

        assertThat(entries(f.people.tutorA, "attendance"))
                .anySatisfy(entry -> assertEntry(entry, "CHANGE", entry.recordId(), "session-board"));
        assertThat(entries(f.people.tutorA, "session"))
                .anySatisfy(entry -> assertEntry(entry, "END", session, "session-board"));
    }

    private static void assertEntry(AuditRow entry, String action, long recordId, String screen) {
        assertThat(entry.action().name()).isEqualTo(action);
        assertThat(entry.recordId()).isEqualTo(recordId);
        assertThat(entry.screen()).isEqualTo(screen);
        assertThat(entry.clientAddress()).isEqualTo(CLIENT);
    }

    private List<AuditRow> entries(TestPrincipal actor, String recordType) {
        return f.acting.as(f.people.admin, () -> audit.search(new AuditFilter(actor.username(), recordType, null, null), 0, 200));
    }

    private <T> T as(TestPrincipal user, Supplier<T> call) {
        return f.acting.as(user, call);
    }

    private void as(TestPrincipal user, Runnable call) {
        f.acting.as(user, call);
    }
}
