package jp.manabiba.schools.roster;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Problems with the package as a whole or a file as a whole: the zip, the encoding, missing files and columns. */
class RosterPackageProblemsTest {

    private final RosterReader reader = new RosterReader();

    private RosterPackage read(RosterFixture fixture) {
        return reader.read(new ByteArrayInputStream(fixture.zip()));
    }

    @Test
    void a_shift_jis_file_is_refused_with_a_message_that_says_so() {
        RosterFixture excel = RosterFixture.k12Profile().encoded("users.csv", Charset.forName("Shift_JIS"));

        RosterPackage roster = read(excel);

        assertThat(roster.valid()).isFalse();
        // Line 1 (the header) is ASCII and the same in both; the first kanji is on line 2.
        assertThat(roster.problems()).containsExactly(
                new RosterProblem("users.csv", 2, RosterProblem.NOT_UTF8, List.of()));
        assertThat(roster.users()).isEmpty();
    }

    @Test
    void a_folder_with_a_shift_jis_file_is_refused_the_same_way(@TempDir Path temporary) {
        Path folder = RosterFixture.secondEdition().encoded("orgs.csv", Charset.forName("Shift_JIS"))
                .writeTo(temporary);

        RosterPackage roster = reader.read(folder);

        assertThat(roster.problems()).extracting(RosterProblem::file, RosterProblem::messageKey)
                .containsExactly(tuple("orgs.csv", RosterProblem.NOT_UTF8));
        assertThat(roster.orgs()).isEmpty();
    }

    @Test
    void a_missing_column_is_reported_once_per_column_on_the_header_line() {
        RosterFixture renamed = RosterFixture.k12Profile()
                .replace("users.csv", "enabledUser,username,userIds,givenName,",
                        "enabledUser,loginName,userIds,firstName,");

        RosterPackage roster = read(renamed);

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("users.csv", 1, RosterProblem.MISSING_COLUMN, List.of("username")),
                new RosterProblem("users.csv", 1, RosterProblem.MISSING_COLUMN, List.of("givenName")));
        assertThat(roster.users()).isEmpty();
    }

    @Test
    void a_missing_required_file_is_reported_and_references_into_it_are_not() {
        RosterPackage roster = read(RosterFixture.k12Profile().without("classes.csv"));

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("classes.csv", 0, RosterProblem.MISSING_FILE, List.of("classes.csv")));
    }

    @Test
    void a_file_the_manifest_declares_must_be_there_even_when_optional() {
        RosterPackage roster = read(RosterFixture.k12Profile().without("roles.csv"));

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("roles.csv", 0, RosterProblem.MISSING_FILE, List.of("roles.csv")));
    }

    @Test
    void without_a_manifest_the_dialect_is_unknown_and_the_manifest_is_missing() {
        RosterPackage roster = read(RosterFixture.secondEdition().without("manifest.csv"));

        assertThat(roster.dialect()).isEqualTo(RosterDialect.UNKNOWN);
        assertThat(roster.problems()).containsExactly(
                new RosterProblem("manifest.csv", 0, RosterProblem.MISSING_FILE, List.of("manifest.csv")));
        assertThat(roster.users()).hasSize(4);
    }

    @Test
    void an_empty_file_is_reported() {
        RosterPackage roster = read(RosterFixture.secondEdition().with("orgs.csv", ""));

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("orgs.csv", 0, RosterProblem.EMPTY_FILE, List.of()));
    }

    @Test
    void broken_csv_is_reported_where_the_broken_record_starts() {
        RosterFixture unclosed = RosterFixture.k12Profile()
                .replace("classes.csv", "ひかり学級,\"P3,P4\",", "ひかり学級,\"P3,P4,");

        RosterPackage roster = read(unclosed);

        assertThat(roster.problems()).containsExactly(
                new RosterProblem("classes.csv", 4, RosterProblem.BAD_CSV, List.of()));
        assertThat(roster.classes()).isEmpty();
    }

    @Test
    void something_that_is_not_a_zip_is_refused_without_rows() {
        byte[] csv = RosterFixture.k12Profile().text("users.csv").getBytes(StandardCharsets.UTF_8);

        RosterPackage roster = reader.read(new ByteArrayInputStream(csv));

        assertThat(roster.problems()).containsExactly(new RosterProblem("", 0, RosterProblem.NOT_A_ZIP, List.of()));
        assertThat(roster.users()).isEmpty();
        assertThat(roster.dialect()).isEqualTo(RosterDialect.UNKNOWN);
    }

    @Test
    void a_file_path_that_is_not_a_zip_is_refused_and_a_missing_one_is_unreadable(@TempDir Path temporary)
            throws Exception {
        Path csv = Files.writeString(temporary.resolve("users.csv"), "sourcedId\nuser-1\n");

        assertThat(reader.read(csv).problems()).extracting(RosterProblem::messageKey)
                .containsExactly(RosterProblem.NOT_A_ZIP);
        assertThat(reader.read(temporary.resolve("nothing.zip")).problems()).extracting(RosterProblem::messageKey)
                .containsExactly(RosterProblem.UNREADABLE);
    }

    @Test
    void a_zip_file_on_disk_is_read(@TempDir Path temporary) throws Exception {
        Path zip = Files.write(temporary.resolve("roster.zip"), RosterFixture.k12Profile().zip());

        RosterPackage roster = reader.read(zip);

        assertThat(roster.valid()).isTrue();
        assertThat(roster.users()).hasSize(4);
    }

    @Test
    void a_package_larger_than_the_limit_is_refused_whole() {
        RosterPackage roster = new RosterReader(1000).read(new ByteArrayInputStream(RosterFixture.k12Profile().zip()));

        assertThat(roster.problems()).extracting(RosterProblem::messageKey).containsExactly(RosterProblem.TOO_LARGE);
        assertThat(roster.users()).isEmpty();
    }

    @Test
    void the_callers_stream_is_left_open() {
        boolean[] closed = {false};
        ByteArrayInputStream upload = new ByteArrayInputStream(RosterFixture.k12Profile().zip()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        reader.read(upload);

        assertThat(closed[0]).isFalse();
    }
}
