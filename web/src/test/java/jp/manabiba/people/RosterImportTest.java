package jp.manabiba.people;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jp.manabiba.schools.Grade;
import jp.manabiba.schools.RosterImport;
import jp.manabiba.schools.RosterOutcome;
import jp.manabiba.schools.RosterPreview;
import jp.manabiba.schools.RosterPreviewRow;
import jp.manabiba.schools.SchoolsFixture;
import jp.manabiba.schools.roster.RosterPackage;
import jp.manabiba.schools.roster.RosterReader;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A school roster: previewed without writing, applied in one go, and a second import changes nothing. */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterImportTest {

    private static final Path K12_PROFILE = Path.of("src/test/resources/roster/k12-profile");

    @Autowired
    ApplicationContext context;
    @Autowired
    RosterImport rosterImport;
    @Autowired
    LearnerRepository learners;

    PeopleFixture f;
    SchoolsFixture schools;
    Acting acting;
    long hinata;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "roster");
        acting = new Acting(context);
        schools = new SchoolsFixture(context);
        LearnerRecords records = context.getBean(LearnerRecords.class);
        hinata = acting.as(f.coordinatorA, () -> records.add(f.householdA, new LearnerDetails("青山", "ひなた", "あおやま",
                "ひなた", null, Grade.P3, null, FuriganaPreference.ALL)));
    }

    @Test
    void preview_then_apply_then_a_second_import_changes_nothing() {
        RosterPackage roster = new RosterReader().read(K12_PROFILE);
        assertThat(roster.problems()).isEmpty();

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.preview(roster));
        assertThat(schools.bySourcedId("org-sakura")).as("a preview writes nothing").isEmpty();
        assertThat(row(preview, "org-sakura").outcome()).isEqualTo(RosterOutcome.CREATE);
        assertThat(row(preview, "user-t1").outcome()).isEqualTo(RosterOutcome.CREATE);
        RosterPreviewRow proposed = row(preview, "user-p1");
        assertThat(proposed.outcome()).isEqualTo(RosterOutcome.PROPOSED_MATCH);
        assertThat(proposed.learnerId()).isEqualTo(hinata);
        RosterPreviewRow stranger = row(preview, "user-p2");
        assertThat(stranger.outcome()).isEqualTo(RosterOutcome.NOT_TAKING_PART);
        assertThat(stranger.label()).as("a pupil not taking part is never named").isEmpty();

        acting.as(f.coordinatorA, () -> rosterImport.apply(roster, Map.of("user-p1", hinata)));
        Learner linked = learners.findById(hinata).orElseThrow();
        assertThat(linked.rosterSourcedId()).isEqualTo("user-p1");
        assertThat(linked.schoolId()).isEqualTo(schools.bySourcedId("org-sakura").orElseThrow());
        assertThat(linked.details().homeClass()).as("the home class's title, not its sourcedId").isEqualTo("3年1組");
        assertThat(learners.findAll()).noneMatch(l -> l.details().familyName().equals("川辺"));

        RosterPreview again = acting.as(f.coordinatorA, () -> rosterImport.apply(roster, Map.of()));
        assertThat(again.changesNothing()).isTrue();
    }

    @Test
    void a_roster_saved_by_excel_in_shift_jis_is_refused_and_changes_nothing(@TempDir Path copy) throws IOException {
        try (var files = Files.list(K12_PROFILE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path users = copy.resolve("users.csv");
        Files.writeString(users, Files.readString(users, StandardCharsets.UTF_8), Charset.forName("Shift_JIS"));
        RosterPackage roster = new RosterReader().read(copy);

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.preview(roster));

        assertThat(preview.applicable()).isFalse();
        assertThat(preview.rows()).anySatisfy(row -> {
            assertThat(row.file()).isEqualTo("users.csv");
            assertThat(row.messageKey()).isEqualTo("roster.problem.not-utf8");
        });
        assertThatThrownBy(() -> acting.as(f.coordinatorA, () -> rosterImport.apply(roster, Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_coordinators_and_administrators_import_rosters() {
        RosterPackage roster = new RosterReader().read(K12_PROFILE);
        assertThatThrownBy(() -> acting.as(f.tutorA, () -> rosterImport.preview(roster))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as(f.teacher, () -> rosterImport.preview(roster))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_match_is_proposed_only_at_the_learners_school(@TempDir Path copy) throws IOException {
        long kaede = schools.fromRoster("かえで小学校", "org-kaede");
        LearnerRecords records = context.getBean(LearnerRecords.class);
        long yui = acting.as(f.coordinatorA, () -> records.add(f.householdA, new LearnerDetails("森", "結", "もり", "ゆい",
                kaede, Grade.P5, null, FuriganaPreference.ALL)));
        Path folder = copyOf(copy, Map.of("orgs.csv", "org-kaede,,,かえで小学校,school,B199299999992,org-board",
                        "users.csv", "user-s9,,,true,s9@sakura.example.jp,,唯,守,,,,,,,P5,,,,,,,org-sakura,,ユイ,モリ,,\n"
                                + "user-k9,,,true,k9@kaede.example.jp,,結,森,,,,,,,P5,,,,,,,org-kaede,,ユイ,モリ,,",
                        "roles.csv", "role-s9,,,user-s9,primary,student,,,org-sakura,\nrole-k9,,,user-k9,primary,student,,,org-kaede,"));
        RosterPackage roster = new RosterReader().read(folder);
        assertThat(roster.problems()).isEmpty();

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.preview(roster));

        assertThat(row(preview, "user-s9").outcome()).as("same reading and grade, another school")
                .isEqualTo(RosterOutcome.NOT_TAKING_PART);
        assertThat(row(preview, "user-k9").outcome()).isEqualTo(RosterOutcome.PROPOSED_MATCH);
        assertThat(row(preview, "user-k9").learnerId()).isEqualTo(yui);
    }

    @Test
    void half_width_kana_is_read_as_full_width_with_a_warning_on_the_row(@TempDir Path copy) throws IOException {
        LearnerRecords records = context.getBean(LearnerRecords.class);
        long kai = acting.as(f.coordinatorA, () -> records.add(f.householdA, new LearnerDetails("北", "海", "きた", "かい",
                null, Grade.P2, null, FuriganaPreference.ALL)));
        Path folder = copyOf(copy, Map.of(
                "users.csv", "user-h9,,,true,h9@sakura.example.jp,,海,北,,,,,,,P2,,,,,,,org-sakura,,ｶｲ,ｷﾀ,,",
                "roles.csv", "role-h9,,,user-h9,primary,student,,,org-sakura,"));
        RosterPackage roster = new RosterReader().read(folder);

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.preview(roster));

        RosterPreviewRow row = row(preview, "user-h9");
        assertThat(row.outcome()).isEqualTo(RosterOutcome.PROPOSED_MATCH);
        assertThat(row.learnerId()).isEqualTo(kai);
        assertThat(row.messageKey()).isEqualTo("roster.warning.kana-normalised");
        assertThat(preview.applicable()).as("a warning does not stop the import").isTrue();
    }

    @Test
    void a_roster_whose_enrolments_file_is_empty_is_previewed_with_a_warning(@TempDir Path copy) throws IOException {
        Path folder = copyOf(copy, Map.of());
        Path enrollments = folder.resolve("enrollments.csv");
        Files.writeString(enrollments, Files.readString(enrollments).lines().findFirst().orElseThrow() + "\n");
        RosterPackage roster = new RosterReader().read(folder);
        assertThat(roster.problems()).isEmpty();

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.preview(roster));

        assertThat(preview.warnings()).containsExactly(RosterImport.NO_ENROLLMENTS);
        assertThat(acting.as(f.coordinatorA, () -> rosterImport.preview(new RosterReader().read(K12_PROFILE))).warnings())
                .isEmpty();
    }

    @Test
    void values_longer_than_their_columns_are_refused_rows_and_stop_the_whole_apply(@TempDir Path copy)
            throws IOException {
        LearnerRecords records = context.getBean(LearnerRecords.class);
        acting.as(f.coordinatorA, () -> records.add(f.householdA, new LearnerDetails("南", "陸", "みなみ", "りく",
                null, Grade.P6, null, FuriganaPreference.ALL)));
        Path folder = copyOf(copy, Map.of(
                "classes.csv", "class-long,,,%s,P5,course-hr-2026,,homeroom,,org-sakura,ay-2026,,,,false\n".formatted("あ".repeat(101))
                        + "class-60,,,%s,P6,course-hr-2026,,homeroom,,org-sakura,ay-2026,,,,false".formatted("い".repeat(60)),
                "users.csv", "user-t9,,,true,t9@sakura.example.jp,,光,%s,,,,,,,,,,,,,,org-sakura,,ヒカル,ナガ,,\n".formatted("長".repeat(51))
                        + "user-m9,,,true,m9@sakura.example.jp,,陸,南,,,,,,,P6,,,,,,,org-sakura,,リク,ミナミ,,class-60",
                "roles.csv", "role-t9,,,user-t9,primary,teacher,,,org-sakura,\nrole-m9,,,user-m9,primary,student,,,org-sakura,"));
        // ids of this test's own, so that applying shares no school, class or teacher with the other tests
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.writeString(file, Files.readString(file).replaceAll("\\b(org|user|class|course|enr|role|ay)-", "len-$1-"));
            }
        }
        RosterPackage roster = new RosterReader().read(folder);
        assertThat(roster.problems()).isEmpty();

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.apply(roster, Map.of()));

        assertThat(row(preview, "len-class-long")).satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(RosterOutcome.REJECTED);
            assertThat(row.messageKey()).isEqualTo("roster.problem.too-long");
            assertThat(row.arguments()).containsExactly("title", "100");
        });
        assertThat(row(preview, "len-user-t9").arguments()).containsExactly("familyName", "50");
        assertThat(row(preview, "len-user-m9").arguments()).containsExactly("metadata.jp.homeClass", "50");
        assertThat(row(preview, "len-class-60").outcome()).as("a class title of 60 fits its column").isEqualTo(RosterOutcome.CREATE);
        assertThat(preview.applicable()).isFalse();
        assertThat(schools.bySourcedId("len-org-sakura"))
                .as("a refused row stops the whole import, as the screen says: not even the school came in").isEmpty();
        assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from school_class where sourced_id = 'len-class-60'", Integer.class)).isZero();
    }

    /** The K-12 fixture copied into {@code copy}, each named file with the lines given appended. */
    private static Path copyOf(Path copy, Map<String, String> appended) throws IOException {
        try (var files = Files.list(K12_PROFILE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        for (Map.Entry<String, String> lines : appended.entrySet()) {
            Path file = copy.resolve(lines.getKey());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, (text.endsWith("\n") ? text : text + "\n") + lines.getValue() + "\n", StandardCharsets.UTF_8);
        }
        return copy;
    }

    private static RosterPreviewRow row(RosterPreview preview, String sourcedId) {
        return preview.rows().stream().filter(r -> r.sourcedId().equals(sourcedId)).findFirst().orElseThrow();
    }
}
