package jp.manabiba.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.schools.RosterImport;
import jp.manabiba.schools.RosterOutcome;
import jp.manabiba.schools.RosterPreview;
import jp.manabiba.schools.SchoolRecords;
import jp.manabiba.schools.roster.RosterPackage;
import jp.manabiba.schools.roster.RosterReader;
import jp.manabiba.security.AccountAdministration;
import jp.manabiba.security.AccountProvisioning;
import jp.manabiba.security.NewAccount;
import jp.manabiba.security.Role;
import jp.manabiba.security.SystemAccess;
import jp.manabiba.security.TestPrincipal;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No role may make a path to data outside its organisation (docs/security.md, "Who may do what"): every way to
 * provision access (make an account, give it a role, put a teacher at a school, make someone coordinator of an
 * organisation), walked as the coordinator of another organisation, is refused. A teacher sees the consenting
 * pupils of every organisation at their school, so teacher accounts are the administrator's alone.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisioningAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountAdministration administration;
    @Autowired
    SchoolRecords schools;
    @Autowired
    NetworkDirectory network;
    @Autowired
    LearnerRecords learners;
    @Autowired
    RosterImport rosterImport;
    @Autowired
    JdbcTemplate jdbc;

    PeopleFixture f;
    Acting acting;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "provision");
        acting = new Acting(context);
    }

    @Test
    void a_coordinator_cannot_make_a_teacher_account_in_any_way() {
        long before = accounts();
        assertRefused(f.coordinatorB, () -> {
            schools.addTeacherWithSchoolAccount(f.school, "侵入", "先生", "provision-intruder", "intruder@school.example.jp");
            return null;
        });
        assertRefused(f.coordinatorB, () -> provisioning.createForSchoolAccount("provision-t2", "x", Role.TEACHER, "t2@school.example.jp"));
        assertRefused(f.coordinatorB, () -> provisioning.createLocal("provision-t3", "x", Role.TEACHER));
        assertRefused(f.coordinatorB, () -> provisioning.createTeacherForSchoolAccount("provision-t4", "x", "t4@school.example.jp"));
        assertRefused(f.coordinatorB, () -> administration.create(new NewAccount("provision-t5", "x", "t5@school.example.jp", null,
                Set.of(Role.TEACHER))));
        assertThat(accounts()).as("no account was made").isEqualTo(before);
    }

    @Test
    void a_coordinator_cannot_put_an_account_at_a_school_give_it_a_role_or_make_it_coordinator() {
        assertRefused(f.coordinatorB, () -> {
            schools.addTeacher(f.school, "侵入", "先生", null, f.coordinatorB.accountId());
            return null;
        });
        assertRefused(f.coordinatorB, () -> provisioning.createLocal("provision-c1", "x", Role.COORDINATOR));
        assertRefused(f.coordinatorB, () -> provisioning.createLocal("provision-a1", "x", Role.ADMIN));
        assertRefused(f.coordinatorB, () -> {
            network.addCoordinator(f.organisationA, f.coordinatorB.accountId());
            return null;
        });
        assertRefused(f.coordinatorB, () -> {
            learners.linkSchoolAccount(f.learnerOfA, "provision-l1", "l1@school.example.jp");
            return null;
        });
        assertRefused(f.coordinatorB, () -> {
            administration.setEnabled(f.teacher.accountId(), true);
            return null;
        });
        assertThat(teachersOfAccount(f.coordinatorB.accountId())).isZero();
    }

    @Test
    void an_administrator_makes_a_teacher_who_signs_in_with_the_school_account_never_with_a_password() {
        acting.as(f.admin, () -> schools.addTeacherWithSchoolAccount(f.school, "本物", "先生", "provision-real-teacher",
                "real-teacher@school.example.jp"));
        Long account = jdbc.queryForObject("select id from account where username = 'provision-real-teacher'", Long.class);
        assertThat(jdbc.queryForObject("select password_hash is null from account where id = ?", Boolean.class, account)).isTrue();

        assertThatThrownBy(() -> acting.as(f.admin, () -> administration.resetPassword(account)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("account.error.teacher-school-sign-in");
        assertThatThrownBy(() -> acting.as(f.admin, () -> administration.create(new NewAccount("provision-t6", "x", null,
                "a-long-password", Set.of(Role.TEACHER))))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_coordinators_roster_cannot_move_a_teacher_who_signs_in_to_another_school(@TempDir Path folder) throws IOException {
        RosterPackage roster = roster(folder);
        acting.as(f.admin, () -> rosterImport.apply(roster, Map.of()));
        long account = context.getBean(SystemAccess.class).asAdministrator(() -> administration.create(
                new NewAccount("provision-roster-teacher", "星野 光", "provision-hoshino@school.example.jp", null, Set.of(Role.TEACHER))));
        // the administrator linked the roster's teacher to an account at the fixture's school
        jdbc.update("update teacher set account_id = ?, school_id = ? where sourced_id = 'prov-user-t1'", account, f.school);

        RosterPreview byCoordinator = acting.as(f.coordinatorB, () -> rosterImport.apply(roster, Map.of()));

        assertThat(byCoordinator.rows()).anySatisfy(row -> {
            assertThat(row.sourcedId()).isEqualTo("prov-user-t1");
            assertThat(row.outcome()).isEqualTo(RosterOutcome.REJECTED);
            assertThat(row.messageKey()).isEqualTo("roster.error.teacher-has-account");
        });
        assertThat(schoolOfTeacher("prov-user-t1")).as("still where the administrator put them").isEqualTo(f.school);

        acting.as(f.admin, () -> rosterImport.apply(roster, Map.of()));
        assertThat(schoolOfTeacher("prov-user-t1")).as("the administrator's own import may move them").isNotEqualTo(f.school);
    }

    /** The K-12 profile fixture with ids of this test's own, so that it shares no school or teacher with others. */
    private static RosterPackage roster(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/roster/k12-profile"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file).replaceAll("\\b(org|user|class|course|enr|role|ay)-", "prov-$1-");
                Files.writeString(folder.resolve(file.getFileName().toString()), text);
            }
        }
        return new RosterReader().read(folder);
    }

    private long schoolOfTeacher(String sourcedId) {
        return jdbc.queryForObject("select school_id from teacher where sourced_id = ?", Long.class, sourcedId);
    }

    private long accounts() {
        return jdbc.queryForObject("select count(*) from account", Long.class);
    }

    private long teachersOfAccount(long accountId) {
        return jdbc.queryForObject("select count(*) from teacher where account_id = ?", Long.class, accountId);
    }

    @Test
    void an_administrator_cannot_make_an_account_without_the_coordinator_role_an_organisations_coordinator() {
        assertThatThrownBy(() -> acting.as(f.admin, () -> network.addCoordinator(f.organisationA, f.tutorA.username())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("organisation.error.not-a-coordinator");
        assertThatThrownBy(() -> acting.as(f.admin, () -> network.addCoordinator(f.organisationA, f.teacher.accountId())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("organisation.error.not-a-coordinator");
        assertThat(jdbc.queryForObject("select count(*) from organisation_coordinator where organisation_id = ?", Long.class,
                f.organisationA)).as("only the fixture's own coordinator").isEqualTo(1);
    }

    private void assertRefused(TestPrincipal user, Supplier<?> call) {
        assertThatThrownBy(() -> acting.as(user, call)).isInstanceOfAny(AccessDeniedException.class,
                AuthorizationDeniedException.class, IllegalArgumentException.class);
    }
}
