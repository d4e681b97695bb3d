package jp.manabiba.training;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.manabiba.people.PeopleFixture;
import jp.manabiba.people.SupporterCategory;
import jp.manabiba.people.SupporterDetails;
import jp.manabiba.people.SupporterRecords;
import jp.manabiba.testing.Acting;
import jp.manabiba.testing.ManabibaTest;
import jp.manabiba.training.TrackLines.TrackChoice;
import jp.manabiba.training.TrackLines.TrackPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Tracks edited while people are on them: what a supporter completed stays completed, one who lacked only a
 * removed module becomes ready, one already counted as trained stays counted, and two administrators saving the
 * same track at once do not overwrite each other. Each test works on an organisation's own copy of the parents'
 * track, never on the network's that other test classes use.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackEditingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TrackAdministration administration;
    @Autowired
    TrainingRecords records;
    @Autowired
    SupporterRecords supporters;
    @Autowired
    Readiness readiness;
    @Autowired
    TrainedMilestoneRepository milestones;

    Acting acting;
    int fixtures;

    @BeforeAll
    void start() {
        acting = new Acting(context);
    }

    @Test
    void removing_a_module_makes_who_lacked_only_it_ready_and_keeps_every_completion() {
        PeopleFixture f = fixture();
        long parent = parent(f);
        complete(f, parent, "child-safeguarding");
        assertThat(readiness.missingBeforeChildren(parent, readiness.today())).containsExactly(CoordinationFixture.PERSONAL_DATA);
        long trackId = ownParentsTrack(f);

        save(f, trackId, without(plan(f), "personal-data"));

        assertThat(readiness.missingBeforeChildren(parent, readiness.today())).isEmpty();
        assertThat(acting.as(f.coordinatorA, () -> context.getBean(SupporterFiles.class).of(parent)).completions())
                .extracting(line -> line.module().ja()).containsExactly(CoordinationFixture.SAFEGUARDING);
    }

    @Test
    void a_supporter_already_trained_stays_counted_when_a_needed_module_is_added() {
        PeopleFixture f = fixture();
        long parent = parent(f);
        for (String code : List.of("child-safeguarding", "personal-data", "learning-support-session", "developmental-differences")) {
            complete(f, parent, code);
        }
        assertThat(milestones.findById(parent)).isPresent();
        long trackId = ownParentsTrack(f);
        List<TrackChoice> more = new ArrayList<>(choices(plan(f)));
        more.add(new TrackChoice(moduleId("interpersonal-support-workshop"), Requirement.REQUIRED));

        save(f, trackId, more);

        assertThat(acting.as(f.coordinatorA, () -> records.standing(parent)).trainedOn()).isEmpty();
        assertThat(milestones.findById(parent)).get().extracting(TrainedMilestone::trainedOn).isEqualTo(readiness.today());
    }

    @Test
    void a_supporter_trained_by_a_module_leaving_the_track_is_counted_from_that_day() {
        PeopleFixture f = fixture();
        long parent = parent(f);
        for (String code : List.of("child-safeguarding", "personal-data", "learning-support-session")) {
            complete(f, parent, code);
        }
        assertThat(milestones.findById(parent)).isEmpty();

        save(f, ownParentsTrack(f), without(plan(f), "developmental-differences"));

        assertThat(milestones.findById(parent)).get().extracting(TrainedMilestone::trainedOn).isEqualTo(readiness.today());
    }

    @Test
    void a_track_saved_meanwhile_by_someone_else_is_not_overwritten() {
        PeopleFixture f = fixture();
        long trackId = ownParentsTrack(f);
        TrackPlan first = plan(f);
        TrackPlan second = plan(f);
        save(f, trackId, without(first, "esd-facilitation"));

        refusedQuietly(() -> acting.as(f.admin, () -> administration.saveTrack(trackId, second.version(),
                without(second, "first-aid"))), "modules", "coord.error.track-changed-meanwhile");
        assertThat(plan(f).lines()).extracting(l -> l.title().ja()).contains("普通救命講習")
                .doesNotContain("ESDの単元を進める");
    }

    @Test
    void an_organisation_copies_the_network_track_once_and_the_same_module_is_not_listed_twice() {
        PeopleFixture f = fixture();
        long trackId = ownParentsTrack(f);
        assertThat(plan(f).own()).isTrue();
        refusedQuietly(() -> acting.as(f.admin, () -> administration.copyNetworkTrack(f.organisationA, SupporterCategory.PARENT)),
                "track", "coord.error.track-exists");
        List<TrackChoice> twice = new ArrayList<>(choices(plan(f)));
        twice.add(twice.getFirst());
        long version = plan(f).version();
        refusedQuietly(() -> acting.as(f.admin, () -> administration.saveTrack(trackId, version, twice)),
                "modules", "training.error.module-twice");
    }

    private PeopleFixture fixture() {
        return new PeopleFixture(context, "track-edit-" + ++fixtures);
    }

    private long parent(PeopleFixture f) {
        return acting.as(f.coordinatorA, () -> supporters.create(f.organisationA,
                new SupporterDetails(SupporterCategory.PARENT, "保護者", "花子", null, null, null, null)));
    }

    private void complete(PeopleFixture f, long supporter, String code) {
        acting.as(f.coordinatorA, () -> records.recordCompletion(supporter, moduleId(code), readiness.today(), null));
    }

    private long ownParentsTrack(PeopleFixture f) {
        return acting.as(f.admin, () -> administration.copyNetworkTrack(f.organisationA, SupporterCategory.PARENT));
    }

    private TrackPlan plan(PeopleFixture f) {
        return acting.as(f.admin, () -> administration.track(f.organisationA, SupporterCategory.PARENT));
    }

    private void save(PeopleFixture f, long trackId, List<TrackChoice> choices) {
        long version = plan(f).version();
        acting.as(f.admin, () -> administration.saveTrack(trackId, version, choices));
    }

    private List<TrackChoice> without(TrackPlan plan, String code) {
        long removed = moduleId(code);
        return choices(plan).stream().filter(c -> c.moduleId() != removed).toList();
    }

    private static List<TrackChoice> choices(TrackPlan plan) {
        return plan.lines().stream().map(l -> new TrackChoice(l.moduleId(), l.requirement())).toList();
    }

    private long moduleId(String code) {
        return context.getBean(TrainingModuleRepository.class).findByCode(code).orElseThrow().id();
    }
}
