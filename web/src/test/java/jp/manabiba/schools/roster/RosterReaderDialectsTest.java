package jp.manabiba.schools.roster;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both Japan Profile dialects are read completely, from a folder and from a zip. */
class RosterReaderDialectsTest {

    private final RosterReader reader = new RosterReader();

    @Test
    void a_k12_profile_folder_is_read_completely_with_kana_home_class_and_attendance_number() {
        RosterPackage roster = reader.read(RosterFixture.k12Profile().folder());

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.valid()).isTrue();
        assertThat(roster.dialect()).isEqualTo(RosterDialect.JAPAN_K12_PROFILE_1_0);
        assertThat(roster.orgs()).extracting(RosterOrg::sourcedId).containsExactly("org-board", "org-sakura");
        assertThat(roster.org("org-sakura")).get().satisfies(school -> {
            assertThat(school.name()).isEqualTo("ひかり市立さくら小学校");
            assertThat(school.school()).isTrue();
            assertThat(school.identifier()).isEqualTo("B199299999991");
            assertThat(school.parentSourcedId()).isEqualTo("org-board");
        });
        assertThat(roster.academicSession("ay-2026")).get().satisfies(year -> {
            assertThat(year.type()).isEqualTo("schoolYear");
            assertThat(year.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(year.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(year.schoolYear()).isEqualTo(2026);
        });
        assertThat(roster.schoolClass("class-hikari")).get().satisfies(hikari -> {
            assertThat(hikari.title()).isEqualTo("ひかり学級");
            assertThat(hikari.grades()).containsExactly("P3", "P4");
            assertThat(hikari.homeroom()).isTrue();
            assertThat(hikari.specialNeeds()).isTrue();
            assertThat(hikari.termSourcedIds()).containsExactly("ay-2026");
        });
        assertThat(roster.users()).hasSize(4);
        assertThat(roster.enrollments()).hasSize(4);

        RosterUser hinata = roster.user("user-p1").orElseThrow();
        assertThat(hinata.familyName()).isEqualTo("青山");
        assertThat(hinata.givenName()).isEqualTo("ひなた");
        assertThat(hinata.kanaFamilyName()).isEqualTo("アオヤマ");
        assertThat(hinata.kanaGivenName()).isEqualTo("ヒナタ");
        assertThat(hinata.homeClass()).isEqualTo("class-3-1");
        assertThat(hinata.grades()).containsExactly("P3");
        assertThat(hinata.shussekiNo()).isEqualTo(7);
        assertThat(hinata.publicFlg()).isTrue();
        assertThat(hinata.specialNeeds()).isFalse();
        assertThat(hinata.agentSourcedIds()).containsExactly("user-g1");
        assertThat(hinata.enabledUser()).isTrue();
        assertThat(hinata.toBeDeleted()).isFalse();
    }

    @Test
    void the_attendance_number_is_the_one_in_the_home_class_and_a_special_needs_class_marks_the_pupil() {
        RosterPackage roster = reader.read(RosterFixture.k12Profile().folder());

        // そら is in 4年1組 (number 12) and in ひかり学級 (number 2), her home class.
        RosterUser sora = roster.user("user-p2").orElseThrow();
        assertThat(sora.shussekiNo()).isEqualTo(2);
        assertThat(sora.publicFlg()).isFalse();
        assertThat(sora.specialNeeds()).isTrue();
        assertThat(roster.enrollmentsOf("user-p2")).extracting(RosterEnrollment::shussekiNo).containsExactly(12, 2);
    }

    @Test
    void a_k12_profile_zip_reads_the_same_as_its_folder() {
        RosterFixture fixture = RosterFixture.k12Profile();

        RosterPackage fromFolder = reader.read(fixture.folder());
        RosterPackage fromZip = reader.read(new ByteArrayInputStream(fixture.zip()));

        assertThat(fromZip).isEqualTo(fromFolder);
    }

    @Test
    void a_zip_with_its_files_in_a_folder_is_read_too() {
        RosterFixture fixture = RosterFixture.k12Profile();

        RosterPackage roster = reader.read(new ByteArrayInputStream(fixture.zip("export-2026/")));

        assertThat(roster).isEqualTo(reader.read(fixture.folder()));
    }

    @Test
    void a_second_edition_zip_with_bom_and_crlf_is_read_completely() {
        RosterFixture windows = RosterFixture.secondEdition().withBomAndCrlf();
        assertThat(windows.text("users.csv")).startsWith("\uFEFFsourcedId,").contains("\r\n");

        RosterPackage roster = reader.read(new ByteArrayInputStream(windows.zip()));

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.dialect()).isEqualTo(RosterDialect.JAPAN_PROFILE_2ND_EDITION);
        assertThat(roster.users()).extracting(RosterUser::sourcedId)
                .containsExactly("user-t9", "user-s1", "user-s2", "user-a1");
        RosterUser yui = roster.user("user-s1").orElseThrow();
        assertThat(List.of(yui.familyName(), yui.givenName(), yui.kanaFamilyName(), yui.kanaGivenName()))
                .containsExactly("小川", "ゆい", "オガワ", "ユイ");
        assertThat(yui.homeClass()).isEqualTo("class-j1-2");
        assertThat(yui.grades()).containsExactly("J1");
        // 第2版 spells the columns metadata.jp.ShussekiNo and metadata.jp.PublicFlg.
        assertThat(yui.shussekiNo()).isEqualTo(1);
        assertThat(yui.publicFlg()).isTrue();
        assertThat(roster.user("user-s2").orElseThrow().shussekiNo()).isEqualTo(2);
        // A class without the flag says nothing about special needs.
        assertThat(yui.specialNeeds()).isNull();
        assertThat(roster.schoolClass("class-j1-2").orElseThrow().specialNeeds()).isNull();
        // The header is line 1 even after a BOM; CRLF does not count twice.
        assertThat(roster.enrollments()).extracting(RosterEnrollment::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void a_second_edition_folder_reads_the_same_as_the_windows_zip() {
        RosterFixture fixture = RosterFixture.secondEdition();

        assertThat(reader.read(fixture.folder()))
                .isEqualTo(reader.read(new ByteArrayInputStream(fixture.withBomAndCrlf().zip())));
    }

    @Test
    void the_dialect_is_what_the_manifest_declares_whatever_the_metadata_columns_look_like() {
        RosterFixture k12WithSecondEditionVersion = RosterFixture.k12Profile()
                .replace("manifest.csv", "oneroster.version,1.2_JP", "oneroster.version,1.2");

        RosterPackage roster = reader.read(new ByteArrayInputStream(k12WithSecondEditionVersion.zip()));

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.dialect()).isEqualTo(RosterDialect.JAPAN_PROFILE_2ND_EDITION);
        assertThat(roster.user("user-p1").orElseThrow().shussekiNo()).isEqualTo(7);
    }

    @Test
    void another_oneroster_version_is_reported_and_leaves_the_dialect_unknown() {
        RosterFixture oneDotOne = RosterFixture.k12Profile()
                .replace("manifest.csv", "oneroster.version,1.2_JP", "oneroster.version,1.1");

        RosterPackage roster = reader.read(new ByteArrayInputStream(oneDotOne.zip()));

        assertThat(roster.dialect()).isEqualTo(RosterDialect.UNKNOWN);
        assertThat(roster.problems()).containsExactly(
                new RosterProblem("manifest.csv", 3, RosterProblem.UNSUPPORTED_VERSION, List.of("1.1")));
    }
}
