package jp.manabiba.schools.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a zip may hold besides the roster files, and the optional files that are only checked. */
class RosterZipContentsTest {

    private static final List<String> FILES = List.of("manifest.csv", "orgs.csv", "academicSessions.csv",
            "classes.csv", "users.csv", "enrollments.csv");

    private final RosterReader reader = new RosterReader();
    private final RosterFixture fixture = RosterFixture.secondEdition();

    private Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        FILES.forEach(file -> entries.put(file, fixture.text(file).getBytes(StandardCharsets.UTF_8)));
        return entries;
    }

    private RosterPackage read(Map<String, byte[]> entries) throws IOException {
        return read(entries, StandardCharsets.UTF_8);
    }

    private RosterPackage read(Map<String, byte[]> entries, Charset names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return reader.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void macos_leftovers_other_files_and_the_case_of_file_names_do_not_matter() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("Users.CSV", entries.remove("users.csv"));
        entries.put("__MACOSX/._users.csv", new byte[] {0, 5, 22, 7, (byte) 0xFF});
        entries.put("._orgs.csv", new byte[] {(byte) 0xFF});
        entries.put("読んでください.txt", "説明".getBytes(StandardCharsets.UTF_8));

        RosterPackage roster = read(entries);

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.users()).hasSize(4);
    }

    @Test
    void a_zip_made_by_windows_with_shift_jis_file_names_is_read() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries().forEach((file, bytes) -> entries.put("名簿2026/" + file, bytes));
        entries.put("名簿2026/説明.txt", new byte[] {1, 2, 3});

        RosterPackage roster = read(entries, Charset.forName("Shift_JIS"));

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.users()).hasSize(4);
    }

    @Test
    void a_file_held_twice_is_reported_and_the_first_one_read() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("old/users.csv", "sourcedId\n".getBytes(StandardCharsets.UTF_8));

        RosterPackage roster = read(entries);

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("users.csv", 0, RosterProblem.DUPLICATE_FILE, List.of()));
        assertThat(roster.users()).hasSize(4);
    }

    @Test
    void optional_files_are_checked_for_duplicate_ids_and_grades() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("demographics.csv", """
                sourcedId,status,dateLastModified,birthDate,sex
                user-s1,,,2013-05-01,female
                user-s1,,,2013-05-01,female
                """.getBytes(StandardCharsets.UTF_8));
        entries.put("courses.csv", """
                sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId
                course-j1,,,ay-2026,1年,,J4,org-kita
                """.getBytes(StandardCharsets.UTF_8));

        RosterPackage roster = read(entries);

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("courses.csv", 2, RosterProblem.BAD_GRADE, List.of("grades", "J4")),
                new RosterProblem("demographics.csv", 3, RosterProblem.DUPLICATE_SOURCED_ID, List.of("user-s1", "2")));
    }

    @Test
    void with_courses_csv_a_class_must_name_a_course_it_holds() throws IOException {
        Map<String, byte[]> entries = entries();
        entries.put("courses.csv", """
                sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId
                course-j2,,,ay-2026,2年,,J2,org-kita
                """.getBytes(StandardCharsets.UTF_8));

        RosterPackage roster = read(entries);

        assertThat(roster.problems()).containsExactly(new RosterProblem("classes.csv", 2,
                RosterProblem.UNKNOWN_REFERENCE, List.of("courseSourcedId", "course-j1", "courses.csv")));
    }

    @Test
    void an_attendance_number_in_users_csv_wins_over_the_enrollment() throws IOException {
        Map<String, byte[]> entries = entries();
        // Only the required columns, in another order, and the number in upper case: still read.
        String users = """
                username,sourcedId,givenName,familyName,enabledUser,metadata.jp.homeClass,METADATA.JP.SHUSSEKINO
                k.morita,user-t9,健,森田,true,class-j1-2,
                s1,user-s1,ゆい,小川,true,class-j1-2,31
                s2,user-s2,れん,長谷,true,class-j1-2,
                a.ueda,user-a1,あおい,上田,true,,
                """;
        entries.put("users.csv", users.getBytes(StandardCharsets.UTF_8));

        RosterPackage roster = read(entries);

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.user("user-s1").orElseThrow().shussekiNo()).isEqualTo(31);
        assertThat(roster.user("user-s2").orElseThrow().shussekiNo()).isEqualTo(2);
    }
}
