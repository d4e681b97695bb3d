package jp.manabiba.people;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jp.manabiba.people.roster.RosterPackage;
import jp.manabiba.people.roster.RosterReader;
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
    SchoolRepository schools;
    @Autowired
    LearnerRepository learners;

    PeopleFixture f;
    Acting acting;
    long hinata;

    @BeforeAll
    void fixture() {
        f = new PeopleFixture(context, "roster");
        acting = new Acting(context);
        LearnerRecords records = context.getBean(LearnerRecords.class);
        hinata = acting.as(f.coordinatorA, () -> records.add(f.householdA, new LearnerDetails("青山", "ひなた", "あおやま",
                "ひなた", null, Grade.P3, null, FuriganaPreference.ALL)));
    }

    @Test
    void preview_then_apply_then_a_second_import_changes_nothing() {
        RosterPackage roster = new RosterReader().read(K12_PROFILE);
        assertThat(roster.problems()).isEmpty();

        RosterPreview preview = acting.as(f.coordinatorA, () -> rosterImport.preview(roster));
        assertThat(schools.findBySourcedId("org-sakura")).as("a preview writes nothing").isEmpty();
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
        assertThat(linked.schoolId()).isEqualTo(schools.findBySourcedId("org-sakura").orElseThrow().id());
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

    private static RosterPreviewRow row(RosterPreview preview, String sourcedId) {
        return preview.rows().stream().filter(r -> r.sourcedId().equals(sourcedId)).findFirst().orElseThrow();
    }
}
