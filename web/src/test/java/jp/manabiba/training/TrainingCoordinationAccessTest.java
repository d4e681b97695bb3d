package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jp.manabiba.audit.AuditFilter;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDirectory;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.training.TrackLines.TrackPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Every service method of the coordinator's training screens, per role: a tutor, a volunteer, a teacher, a child
 * and another organisation's coordinator are refused; the organisation's coordinator reaches their own (not the
 * administrator's modules and tracks); an administrator reaches all. A refused read of a record is audited.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingCoordinationAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingOverviews overviews;
    @Autowired
    SupporterFiles files;
    @Autowired
    TrackAdministration administration;
    @Autowired
    SupporterDirectory directory;
    @Autowired
    AuditLog audit;

    CoordinationFixture f;
    TestPrincipal volunteer;
    long safeguarding;

    @BeforeAll
    void fixture() {
        f = new CoordinationFixture(context, "coord-access");
        volunteer = TestPrincipal.demo(context, "volunteer");
        safeguarding = f.moduleId("child-safeguarding");
    }

    /** The calls about organisation A and its supporters, each named for the failure message. */
    private Map<String, Supplier<?>> callsAboutOrganisationA() {
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("overview", () -> overviews.of(f.people.organisationA));
        calls.put("record", () -> files.of(f.people.supporterA));
        calls.put("record-completion", () -> context.getBean(TrainingRecords.class)
                .recordCompletion(f.untrained, safeguarding, f.today, null));
        calls.put("names", () -> directory.namesIn(f.people.organisationA));
        return calls;
    }

    private Map<String, Supplier<?>> administratorsCalls() {
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("modules", () -> administration.modules());
        calls.put("save-module", () -> administration.saveModule(safeguarding, new ModuleDraft("", ModuleKind.SELF_STUDY,
                "子どもを守る：打ち明けられたときの対応", "Safeguarding children: when a child tells you about harm", null,
                new BigDecimal("1.5"), 24)));
        calls.put("retire-module", () -> {
            administration.retireModule(safeguarding);
            return null;
        });
        calls.put("track", () -> administration.track(null, SupporterCategory.PARENT));
        calls.put("copy-track", () -> administration.copyNetworkTrack(f.people.organisationB, SupporterCategory.PARENT));
        calls.put("save-track", () -> {
            administration.saveTrack(1L, 0L, List.of());
            return null;
        });
        return calls;
    }

    @Test
    void tutors_volunteers_teachers_and_children_are_refused_every_call() {
        for (TestPrincipal user : List.of(f.people.tutorA, volunteer, f.people.teacher, f.people.learnerA)) {
            Map<String, Supplier<?>> calls = new LinkedHashMap<>(callsAboutOrganisationA());
            calls.putAll(administratorsCalls());
            calls.put("organisations", () -> overviews.organisations());
            calls.put("recordable-modules", () -> files.recordableModules());
            calls.put("active-matches", () -> directory.activeMatches(List.of(f.people.supporterA)));
            calls.forEach((name, call) -> assertRefused(user, name, call));
        }
    }

    @Test
    void another_organisations_coordinator_is_refused_and_the_refused_read_is_audited() {
        callsAboutOrganisationA().forEach((name, call) -> assertRefused(f.people.coordinatorB, name, call));
        administratorsCalls().forEach((name, call) -> assertRefused(f.people.coordinatorB, name, call));
        assertThat(f.acting.as(f.people.coordinatorB, () -> directory.activeMatches(List.of(f.people.supporterA)))).isEmpty();
        assertThat(f.acting.as(f.people.coordinatorB, () -> overviews.organisations()))
                .extracting(o -> o.id()).containsExactly(f.people.organisationB);
        assertThat(f.acting.as(f.people.admin, () -> audit.search(
                new AuditFilter(f.people.coordinatorB.username(), TrainingAccess.RECORD_TYPE, null, null), 0, 50)))
                .anySatisfy(entry -> {
                    assertThat(entry.recordId()).isEqualTo(f.people.supporterA);
                    assertThat(entry.action().name()).isEqualTo("REFUSED");
                    assertThat(entry.screen()).isEqualTo(SupporterFiles.SCREEN);
                });
    }

    @Test
    void the_organisations_coordinator_reads_their_own_and_the_read_is_audited_but_not_the_administrators_settings() {
        assertThat(f.acting.as(f.people.coordinatorA, () -> files.of(f.people.supporterA)).completions()).hasSize(3);
        assertThat(f.acting.as(f.people.coordinatorA, () -> overviews.of(f.people.organisationA)).ready()).isNotEmpty();
        administratorsCalls().forEach((name, call) -> assertRefused(f.people.coordinatorA, name, call));
        assertThat(f.acting.as(f.people.admin, () -> audit.search(
                new AuditFilter(f.people.coordinatorA.username(), TrainingAccess.RECORD_TYPE, null, null), 0, 50)))
                .anySatisfy(entry -> assertThat(entry.action().name()).isEqualTo("READ"));
    }

    @Test
    void an_administrator_reaches_every_organisation_and_the_settings() {
        assertThat(f.acting.as(f.people.admin, () -> overviews.of(f.people.organisationB)).ready()).isEmpty();
        assertThat(f.acting.as(f.people.admin, () -> files.of(f.untrained)).standing().ready()).isFalse();
        assertThat(f.acting.as(f.people.admin, () -> directory.namesIn(f.people.organisationA))).containsKey(f.untrained);
        assertThat(f.acting.as(f.people.admin, () -> directory.activeMatches(List.of(f.people.supporterA))))
                .containsEntry(f.people.supporterA, 1L);
        assertThat(f.acting.as(f.people.admin, () -> files.recordableModules())).isNotEmpty();
        assertThat(f.acting.as(f.people.admin, () -> administration.modules())).isNotEmpty();
        TrackPlan network = f.acting.as(f.people.admin, () -> administration.track(null, SupporterCategory.OTHER_VOLUNTEER));
        assertThat(network.own()).isTrue();
        long own = f.acting.as(f.people.admin, () -> administration.copyNetworkTrack(f.people.organisationB,
                SupporterCategory.OTHER_VOLUNTEER));
        TrackPlan copied = f.acting.as(f.people.admin, () -> administration.track(f.people.organisationB,
                SupporterCategory.OTHER_VOLUNTEER));
        assertThat(copied.trackId()).isEqualTo(own);
        f.acting.as(f.people.admin, () -> administration.saveTrack(own, copied.version(), copied.lines().stream()
                .map(l -> new TrackLines.TrackChoice(l.moduleId(), l.requirement())).toList()));
        assertThat(f.acting.as(f.people.admin, () -> administration.saveModule(safeguarding, new ModuleDraft("",
                ModuleKind.SELF_STUDY, "子どもを守る：打ち明けられたときの対応",
                "Safeguarding children: when a child tells you about harm",
                "子どもが被害を打ち明けたときの聞き方と、その日のうちに誰に伝えるか。", new BigDecimal("1.5"), 24))))
                .isEqualTo(safeguarding);
    }

    private void assertRefused(TestPrincipal user, String name, Supplier<?> call) {
        assertThatThrownBy(() -> f.acting.as(user, call)).as(name + " as " + user.username())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }
}
