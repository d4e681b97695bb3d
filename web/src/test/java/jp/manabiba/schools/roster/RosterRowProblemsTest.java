package jp.manabiba.schools.roster;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Problems in the rows: values, duplicates and references, each on the line where it is. */
class RosterRowProblemsTest {

    private final RosterReader reader = new RosterReader();

    private RosterPackage read(RosterFixture fixture) {
        return reader.read(new ByteArrayInputStream(fixture.zip()));
    }

    private static RosterProblem problem(String file, int line, String key, String... args) {
        return new RosterProblem(file, line, key, List.of(args));
    }

    @Test
    void a_bad_date_is_reported_with_its_line_column_and_value() {
        RosterFixture excelDates = RosterFixture.k12Profile()
                .replace("academicSessions.csv", "2026-04-01", "2026/04/01")
                .replace("enrollments.csv", "2026-04-01,2027-03-31,7", "2026-04-01,2027-3-31,7");

        RosterPackage roster = read(excelDates);

        assertThat(roster.problems()).containsExactly(
                problem("academicSessions.csv", 2, RosterProblem.BAD_DATE, "startDate", "2026/04/01"),
                problem("enrollments.csv", 3, RosterProblem.BAD_DATE, "endDate", "2027-3-31"));
        assertThat(roster.academicSession("ay-2026").orElseThrow().startDate()).isNull();
    }

    @Test
    void a_bad_date_time_a_bad_boolean_and_a_bad_grade_are_reported() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("users.csv", "user-p1,,,true,", "user-p1,,yesterday,yes,")
                .replace("classes.csv", "3年1組,P3,", "3年1組,3,");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).containsExactly(
                problem("classes.csv", 2, RosterProblem.BAD_GRADE, "grades", "3"),
                problem("users.csv", 3, RosterProblem.BAD_DATE_TIME, "dateLastModified", "yesterday"),
                problem("users.csv", 3, RosterProblem.BAD_BOOLEAN, "enabledUser", "yes"));
    }

    @Test
    void a_missing_value_and_a_row_of_the_wrong_width_are_reported() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("users.csv", ",,ひなた,青山,", ",,,青山,")
                .replace("users.csv", "ソラ,カワベ,,class-hikari", "ソラ,カワベ,,class-hikari,oops");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).containsExactly(
                problem("users.csv", 3, RosterProblem.MISSING_VALUE, "givenName"),
                problem("users.csv", 4, RosterProblem.COLUMN_COUNT, "27", "28"));
    }

    @Test
    void an_unknown_reference_names_the_column_the_value_and_the_file_searched() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("enrollments.csv", "enr-p1-3-1,,,class-3-1,", "enr-p1-3-1,,,class-3-9,")
                .replace("classes.csv", "4年1組,P4,course-hr-2026,,homeroom,,org-sakura,ay-2026,",
                        "4年1組,P4,course-hr-2026,,homeroom,,org-sakura,\"ay-2026, ay-2025\",")
                .replace("roles.csv", "role-g1,,,user-g1,", "role-g1,,,user-g9,");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).containsExactly(
                problem("classes.csv", 3, RosterProblem.UNKNOWN_REFERENCE, "termSourcedIds", "ay-2025",
                        "academicSessions.csv"),
                problem("roles.csv", 6, RosterProblem.UNKNOWN_REFERENCE, "userSourcedId", "user-g9", "users.csv"),
                problem("enrollments.csv", 3, RosterProblem.UNKNOWN_REFERENCE, "classSourcedId", "class-3-9",
                        "classes.csv"));
        assertThat(roster.schoolClass("class-4-1").orElseThrow().termSourcedIds())
                .containsExactly("ay-2026", "ay-2025");
    }

    @Test
    void references_into_a_delta_file_are_not_checked_as_it_holds_only_changes() {
        RosterFixture delta = RosterFixture.k12Profile()
                .replace("manifest.csv", "file.users,bulk", "file.users,delta")
                .replace("enrollments.csv", "enr-p1-3-1,,,class-3-1,org-sakura,user-p1,",
                        "enr-p1-3-1,,,class-3-1,org-sakura,user-p7,")
                .replace("enrollments.csv", "enr-p2-4-1,,,class-4-1,", "enr-p2-4-1,,,class-4-7,");

        RosterPackage roster = read(delta);

        assertThat(roster.problems()).containsExactly(
                problem("enrollments.csv", 4, RosterProblem.UNKNOWN_REFERENCE, "classSourcedId", "class-4-7",
                        "classes.csv"));
    }

    @Test
    void a_duplicate_sourced_id_names_the_line_of_the_first() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("enrollments.csv", "enr-p2-hikari,", "enr-p2-4-1,");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).containsExactly(
                problem("enrollments.csv", 5, RosterProblem.DUPLICATE_SOURCED_ID, "enr-p2-4-1", "4"));
    }

    @Test
    void line_numbers_count_the_header_blank_lines_and_line_breaks_inside_quotes() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("users.csv", "user-t1,,,true,t.hoshino@sakura.example.jp,,光,星野,,,t.hoshino",
                        "\nuser-t1,,,true,t.hoshino@sakura.example.jp,,光,星野,,\"T-0001\nrev. 2\",t.hoshino")
                .replace("users.csv", "user-p1,,,true,", "user-p1,,,maybe,");

        RosterPackage roster = read(fixture);

        // 1 header, 2 blank, 3–4 user-t1 (a quoted identifier over two lines), 5 user-p1, 6 user-p2, 7 user-g1
        assertThat(roster.problems()).containsExactly(
                problem("users.csv", 5, RosterProblem.BAD_BOOLEAN, "enabledUser", "maybe"));
        assertThat(roster.users()).extracting(RosterUser::line).containsExactly(3, 5, 6, 7);
        assertThat(roster.user("user-t1").orElseThrow().identifier()).isEqualTo("T-0001\nrev. 2");
    }

    @Test
    void rows_to_be_deleted_are_read_and_flagged_not_reported() {
        RosterFixture fixture = RosterFixture.secondEdition()
                .replace("enrollments.csv", "enr-s2,,,class-j1-2,",
                        "enr-s2,tobedeleted,2026-07-20T10:00:00.000Z,class-gone,")
                .replace("users.csv", "user-s2,,,", "user-s2,tobedeleted,2026-07-20T10:00:00Z,");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.enrollments()).extracting(RosterEnrollment::toBeDeleted)
                .containsExactly(false, false, true, false);
        // Nor is its reference to a class that is no longer there.
        assertThat(roster.enrollments().get(2).classSourcedId()).isEqualTo("class-gone");
        RosterUser ren = roster.user("user-s2").orElseThrow();
        assertThat(ren.toBeDeleted()).isTrue();
        // Its only enrollment is going too, but it still says who ren was.
        assertThat(ren.roles()).containsExactly(RosterRole.STUDENT);
        assertThat(ren.shussekiNo()).isEqualTo(2);
    }

    @Test
    void a_row_to_be_deleted_needs_no_more_than_its_sourced_id() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .append("users.csv", "user-gone,tobedeleted,2026-07-20T10:00:00Z" + ",".repeat(24));

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.user("user-gone").orElseThrow()).satisfies(gone -> {
            assertThat(gone.toBeDeleted()).isTrue();
            assertThat(gone.line()).isEqualTo(6);
            assertThat(gone.familyName()).isEmpty();
            assertThat(gone.roles()).isEmpty();
        });
    }

    @Test
    void a_status_that_is_neither_active_nor_tobedeleted_is_a_problem() {
        RosterFixture fixture = RosterFixture.secondEdition().replace("orgs.csv", "org-kita,,,", "org-kita,deleted,,");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems())
                .containsExactly(problem("orgs.csv", 3, RosterProblem.BAD_VALUE, "status", "deleted"));
    }

    @Test
    void problems_come_in_package_order_file_by_file_and_line_by_line() {
        RosterFixture fixture = RosterFixture.k12Profile()
                .replace("enrollments.csv", "enr-p2-hikari,,,class-hikari,org-sakura,user-p2,student,false,2026-04-01",
                        "enr-p2-hikari,,,class-hikari,org-sakura,user-p2,student,false,2026-04-32")
                .replace("orgs.csv", "school,B199299999991", "schule,B199299999991")
                .replace("enrollments.csv", "user-p1,student,false", "user-p1,student,nope");

        RosterPackage roster = read(fixture);

        assertThat(roster.problems()).extracting(RosterProblem::file, RosterProblem::line).containsExactly(
                tuple("orgs.csv", 3),
                tuple("enrollments.csv", 3),
                tuple("enrollments.csv", 5));
    }
}
