package jp.manabiba.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Targets, certificates and their lookup per role: tutors, teachers and children see no targets and look up no
 * certificate; coordinators see their own organisations only and set nothing; only supporters are issued
 * certificates, their own.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingTargetsAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingTargets targets;
    @Autowired
    CertificateLookup lookup;
    @Autowired
    CertificateIssuing issuing;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "targets-access");
        acting = new Acting(context);
    }

    @Test
    void tutors_teachers_and_children_are_refused_the_targets_and_the_lookup() {
        for (TestPrincipal stranger : List.of(f.tutorA, f.teacher, f.learnerA)) {
            refused(stranger, () -> targets.organisations());
            refused(stranger, () -> targets.network());
            refused(stranger, () -> targets.settings(null));
            refused(stranger, () -> targets.setTarget(null, SupporterCategory.PARENT, TargetPeriod.PROGRAMME, 2024, 5));
            refused(stranger, () -> lookup.verify("ABCDE-FGHJK"));
        }
    }

    @Test
    void a_coordinator_sees_only_their_organisations_and_sets_no_target() {
        assertThat(acting.as(f.coordinatorB, () -> targets.organisations())).extracting(TargetProgress::organisationId)
                .containsExactly(f.organisationB);
        refused(f.coordinatorA, () -> targets.network());
        refused(f.coordinatorA, () -> targets.settings(f.organisationA));
        refused(f.coordinatorA, () -> targets.setTarget(f.organisationA, SupporterCategory.PARENT,
                TargetPeriod.PROGRAMME, 2024, 5));
    }

    @Test
    void an_administrator_cannot_set_a_target_for_an_organisation_that_does_not_exist() {
        refused(f.admin, () -> targets.setTarget(Long.MAX_VALUE, SupporterCategory.PARENT, TargetPeriod.PROGRAMME,
                2024, 5));
    }

    @Test
    void only_a_supporter_is_issued_certificates() {
        for (TestPrincipal notSupporter : List.of(f.coordinatorA, f.admin, f.teacher, f.learnerA)) {
            refused(notSupporter, () -> issuing.issueForTrack());
            refused(notSupporter, () -> issuing.issueForModule(1));
        }
    }

    private void refused(TestPrincipal user, Runnable call) {
        assertThatThrownBy(() -> acting.as(user, call)).as(user.username()).isInstanceOf(AccessDeniedException.class);
    }
}
