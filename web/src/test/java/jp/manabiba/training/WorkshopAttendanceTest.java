package jp.manabiba.training;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The register: attended completes the workshop's modules on its day, once however often it is marked; nobody can
 * be marked who holds no seat; nothing before the start; attended is not taken back.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopAttendanceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkshopAttendance attendance;
    @Autowired
    Workshops workshops;
    @Autowired
    TrainingRecords records;
    @Autowired
    CompletionRepository completions;

    WorkshopFixture f;

    @BeforeAll
    void fixture() {
        f = new WorkshopFixture(context, "ws-attend");
    }

    @Test
    void attending_completes_the_workshop_module_on_its_day_once_and_the_record_shows_it_done() {
        long workshop = f.workshop(5);
        long supporter = f.supporters.get(0);
        f.signUp(0, workshop);
        f.started(workshop);

        mark(workshop, supporter, true);
        mark(workshop, supporter, true);

        List<Completion> written = completions.findBySupporterIdOrderByCompletedOnDescIdDesc(supporter).stream()
                .filter(c -> c.method() == CompletionMethod.ATTENDANCE).toList();
        assertThat(written).hasSize(1);
        Completion completion = written.getFirst();
        assertThat(completion.moduleId()).isEqualTo(f.workshopModule);
        assertThat(completion.sourceId()).isEqualTo(workshop);
        WorkshopDetail detail = f.acting.as(f.people.coordinatorA, () -> workshops.detail(workshop));
        assertThat(completion.completedOn()).isEqualTo(detail.workshop().day());
        assertThat(detail.signups()).extracting(SignupRow::state).containsExactly(SignupState.ATTENDED);
        ModuleStanding module = f.acting.as(f.people.coordinatorA, () -> records.standing(supporter)).modules().stream()
                .filter(m -> m.moduleId() == f.workshopModule).findFirst().orElseThrow();
        assertThat(module.firstDone()).isEqualTo(detail.workshop().day());
    }

    @Test
    void someone_not_signed_up_or_only_waiting_cannot_be_marked() {
        long workshop = f.workshop(1);
        f.signUp(0, workshop);
        f.signUp(1, workshop); // waiting
        f.started(workshop);

        refusedQuietly(() -> mark(workshop, f.supporters.get(2), true), "attendance", "training.attendance.error.not-signed-up");
        refusedQuietly(() -> mark(workshop, f.supporters.get(1), true), "attendance", "training.attendance.error.not-signed-up");
        assertThat(completions.findBySupporterIdOrderByCompletedOnDescIdDesc(f.supporters.get(2)))
                .noneMatch(c -> c.method() == CompletionMethod.ATTENDANCE);
    }

    @Test
    void nothing_is_marked_before_the_start_and_attended_is_not_turned_into_absent() {
        long workshop = f.workshop(5);
        f.signUp(3, workshop);
        refusedQuietly(() -> mark(workshop, f.supporters.get(3), true), "attendance", "training.attendance.error.not-started");

        f.started(workshop);
        mark(workshop, f.supporters.get(3), false);
        mark(workshop, f.supporters.get(3), true); // absent by mistake, corrected
        refusedQuietly(() -> mark(workshop, f.supporters.get(3), false), "attendance",
                "training.attendance.error.already-attended");
        assertThat(completions.findBySupporterIdOrderByCompletedOnDescIdDesc(f.supporters.get(3)))
                .filteredOn(c -> c.sourceId() != null && c.sourceId() == workshop).hasSize(1);
    }

    private void mark(long workshop, long supporter, boolean attended) {
        f.acting.as(f.people.coordinatorA, () -> attendance.mark(workshop, supporter, attended));
    }
}
