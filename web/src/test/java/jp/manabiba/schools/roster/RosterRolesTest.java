package jp.manabiba.schools.roster;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import static jp.manabiba.schools.roster.RosterRole.ADMINISTRATOR;
import static jp.manabiba.schools.roster.RosterRole.GUARDIAN;
import static jp.manabiba.schools.roster.RosterRole.PRINCIPAL;
import static jp.manabiba.schools.roster.RosterRole.STUDENT;
import static jp.manabiba.schools.roster.RosterRole.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

/** OneRoster 1.2 keeps roles outside users.csv: in roles.csv, or failing that in the enrollments. */
class RosterRolesTest {

    private final RosterReader reader = new RosterReader();

    @Test
    void roles_come_from_roles_csv_when_the_package_has_it() {
        RosterPackage roster = reader.read(RosterFixture.k12Profile().folder());

        // The teacher is only enrolled as teacher; roles.csv also makes him principal.
        assertThat(roster.user("user-t1").orElseThrow().roles()).containsExactly(TEACHER, PRINCIPAL);
        // The guardian has no enrollment at all.
        assertThat(roster.user("user-g1").orElseThrow().roles()).containsExactly(GUARDIAN);
        assertThat(roster.user("user-g1").orElseThrow().orgSourcedIds()).containsExactly("org-sakura");
    }

    @Test
    void roles_csv_wins_over_the_enrollments() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("roles.csv", "role-p1,,,user-p1,primary,student", "role-p1,,,user-p1,primary,aide");

        RosterUser hinata = reader.read(new ByteArrayInputStream(fixture.zip())).user("user-p1").orElseThrow();

        assertThat(hinata.roles()).containsExactly(RosterRole.AIDE);
    }

    @Test
    void without_roles_csv_roles_come_from_the_enrollments() {
        RosterPackage roster = reader.read(RosterFixture.secondEdition().folder());

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.user("user-t9").orElseThrow().roles()).containsExactly(TEACHER);
        assertThat(roster.user("user-s1").orElseThrow().roles()).containsExactly(STUDENT);
        assertThat(roster.user("user-a1").orElseThrow().roles()).containsExactly(ADMINISTRATOR);
        // The orgs are the primary org and the schools of the enrollments.
        assertThat(roster.user("user-s1").orElseThrow().orgSourcedIds()).containsExactly("org-kita");
    }

    @Test
    void a_user_without_enrollments_or_roles_has_no_role() {
        RosterFixture fixture = RosterFixture.k12Profile().without("roles.csv")
                .replace("manifest.csv", "file.roles,bulk", "file.roles,absent");

        RosterPackage roster = reader.read(new ByteArrayInputStream(fixture.zip()));

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.user("user-g1").orElseThrow().roles()).isEmpty();
        assertThat(roster.user("user-t1").orElseThrow().roles()).containsExactly(TEACHER);
    }

    @Test
    void pupils_and_teachers_are_the_users_with_those_roles() {
        RosterPackage roster = reader.read(RosterFixture.k12Profile().folder());

        assertThat(roster.pupils()).extracting(RosterUser::sourcedId).containsExactly("user-p1", "user-p2");
        assertThat(roster.teachers()).extracting(RosterUser::sourcedId).containsExactly("user-t1");
    }

    @Test
    void a_role_that_is_not_oneroster_is_a_problem_but_an_extension_is_not() {
        RosterFixture fixture = RosterFixture.secondEdition()
                .replace("enrollments.csv", "user-t9,teacher", "user-t9,sensei")
                .replace("enrollments.csv", "user-a1,administrator", "user-a1,ext:jimu");

        RosterPackage roster = reader.read(new ByteArrayInputStream(fixture.zip()));

        assertThat(roster.problems()).containsExactly(new RosterProblem("enrollments.csv", 2,
                RosterProblem.BAD_VALUE, List.of("role", "sensei")));
        assertThat(roster.user("user-a1").orElseThrow().roles()).isEmpty();
    }
}
