package jp.manabiba.training;

import static jp.manabiba.testing.Refusals.refusedQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Signing up for a workshop: seats in order, then a waiting list in order; a cancelled booking gives its seat to the
 * first waiting, who sees they moved up; the capacity is held by the workshop's row lock, so two people racing for
 * the last seat never both get it; a cancelled or started workshop takes no sign-ups; a capacity under the bookings
 * is refused.
 */
@ManabibaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopSignupsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkshopSignups signups;
    @Autowired
    Workshops workshops;

    WorkshopFixture f;

    @BeforeAll
    void fixture() {
        f = new WorkshopFixture(context, "ws-signups");
    }

    @Test
    void when_full_people_wait_in_order_and_the_first_waiting_moves_up_when_a_booking_is_cancelled() {
        long workshop = f.workshop(2);
        assertThat(f.signUp(0, workshop)).isEqualTo(SignupState.BOOKED);
        assertThat(f.signUp(1, workshop)).isEqualTo(SignupState.BOOKED);
        assertThat(f.signUp(2, workshop)).isEqualTo(SignupState.WAITING);
        assertThat(f.signUp(3, workshop)).isEqualTo(SignupState.WAITING);
        assertThat(mine(3, workshop).waitingPosition()).isEqualTo(2);

        f.acting.as(f.signIns.get(0), () -> signups.cancel(workshop));

        OpenWorkshop movedUp = mine(2, workshop);
        assertThat(movedUp.mine()).isEqualTo(SignupState.BOOKED);
        assertThat(movedUp.movedUp()).isTrue();
        assertThat(mine(3, workshop).waitingPosition()).isEqualTo(1);
        assertThat(mine(0, workshop).mine()).isNull();
        WorkshopDetail detail = f.acting.as(f.people.coordinatorA, () -> workshops.detail(workshop));
        assertThat(detail.signups()).extracting(SignupRow::state).containsExactly(SignupState.CANCELLED,
                SignupState.BOOKED, SignupState.BOOKED, SignupState.WAITING);
        assertThat(detail.workshop().booked()).isEqualTo(2);
        assertThat(detail.workshop().waiting()).isEqualTo(1);
    }

    @Test
    void cancelling_a_place_on_the_waiting_list_moves_nobody_and_signing_up_again_goes_to_the_back() {
        long workshop = f.workshop(1);
        f.signUp(0, workshop);
        f.signUp(1, workshop);
        f.signUp(2, workshop);
        f.acting.as(f.signIns.get(1), () -> signups.cancel(workshop));
        assertThat(mine(2, workshop).waitingPosition()).isEqualTo(1);

        assertThat(f.signUp(1, workshop)).isEqualTo(SignupState.WAITING);
        assertThat(mine(1, workshop).waitingPosition()).isEqualTo(2);
        refusedQuietly(() -> f.signUp(1, workshop), "workshop", "training.signup.error.already");
    }

    @Test
    void two_people_racing_for_the_last_seat_never_both_get_it() throws Exception {
        for (int round = 0; round < 3; round++) {
            long workshop = f.workshop(1);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<SignupState>> results = new ArrayList<>();
                for (int who = 0; who < 2; who++) {
                    int supporter = who;
                    results.add(threads.submit(() -> {
                        start.await();
                        return f.signUp(supporter, workshop);
                    }));
                }
                start.countDown();
                List<SignupState> states = new ArrayList<>();
                for (Future<SignupState> result : results) {
                    states.add(result.get(30, TimeUnit.SECONDS));
                }
                assertThat(states).containsExactlyInAnyOrder(SignupState.BOOKED, SignupState.WAITING);
            } finally {
                threads.shutdownNow();
            }
            WorkshopRow row = f.acting.as(f.people.coordinatorA, () -> workshops.detail(workshop)).workshop();
            assertThat(row.booked()).isEqualTo(1);
            assertThat(row.waiting()).isEqualTo(1);
        }
    }

    @Test
    void a_cancelled_or_started_workshop_takes_no_sign_up() {
        long cancelled = f.workshop(5);
        f.signUp(1, cancelled);
        f.acting.as(f.people.coordinatorA, () -> workshops.cancel(cancelled));
        refusedQuietly(() -> f.signUp(0, cancelled), "workshop", "training.workshop.error.cancelled");
        OpenWorkshop told = mine(1, cancelled); // the one who had a place still sees it, as cancelled
        assertThat(told.workshop().cancelled()).isTrue();
        assertThat(told.mine()).isEqualTo(SignupState.BOOKED);

        long started = f.workshop(5);
        f.started(started);
        refusedQuietly(() -> f.signUp(0, started), "workshop", "training.workshop.error.started");
        assertThat(f.acting.as(f.signIns.get(0), () -> signups.open())).extracting(o -> o.workshop().id())
                .doesNotContain(cancelled, started);
    }

    @Test
    void a_capacity_under_the_bookings_is_refused_and_a_larger_one_moves_the_waiting_list_up() {
        long workshop = f.workshop(2);
        f.signUp(0, workshop);
        f.signUp(1, workshop);
        f.signUp(2, workshop);

        refusedQuietly(() -> f.acting.as(f.people.coordinatorA, () -> workshops.change(workshop, f.plan("対人援助", 1))),
                "capacity", "training.workshop.error.capacity-below-bookings", 2L);
        assertThat(f.acting.as(f.people.coordinatorA, () -> workshops.detail(workshop)).workshop().capacity()).isEqualTo(2);

        f.acting.as(f.people.coordinatorA, () -> workshops.change(workshop, f.plan("対人援助", 3)));
        assertThat(mine(2, workshop).mine()).isEqualTo(SignupState.BOOKED);
    }

    @Test
    void a_plan_is_refused_at_the_field_it_gets_wrong() {
        WorkshopPlan good = f.plan("研修会", 10);
        refusedQuietly(() -> create(withCapacity(good, 0)), "capacity", "training.workshop.error.capacity-range", 1, 500);
        refusedQuietly(() -> create(withCapacity(good, 501)), "capacity", "training.workshop.error.capacity-range", 1, 500);
        refusedQuietly(() -> create(new WorkshopPlan(good.organisationId(), good.title(), good.day(), good.endTime(),
                good.startTime(), good.place(), good.trainer(), 10, good.moduleIds())), "endTime",
                "training.workshop.error.end-before-start");
        refusedQuietly(() -> create(new WorkshopPlan(good.organisationId(), good.title(), good.day().minusDays(30),
                good.startTime(), good.endTime(), good.place(), good.trainer(), 10, good.moduleIds())), "day",
                "training.workshop.error.in-past");
        refusedQuietly(() -> create(new WorkshopPlan(good.organisationId(), "あ".repeat(Workshop.TITLE_MAX + 1), good.day(),
                good.startTime(), good.endTime(), good.place(), good.trainer(), 10, good.moduleIds())), "title",
                "validation.too-long", Workshop.TITLE_MAX);
        refusedQuietly(() -> create(new WorkshopPlan(good.organisationId(), good.title(), good.day(), good.startTime(),
                good.endTime(), " ", good.trainer(), 10, good.moduleIds())), "place", "validation.required");
        refusedQuietly(() -> create(new WorkshopPlan(good.organisationId(), good.title(), good.day(), good.startTime(),
                good.endTime(), good.place(), good.trainer(), 10, java.util.Set.of())), "modules", "validation.required");
    }

    private void create(WorkshopPlan plan) {
        f.acting.as(f.people.coordinatorA, () -> workshops.create(plan));
    }

    private static WorkshopPlan withCapacity(WorkshopPlan plan, int capacity) {
        return new WorkshopPlan(plan.organisationId(), plan.title(), plan.day(), plan.startTime(), plan.endTime(),
                plan.place(), plan.trainer(), capacity, plan.moduleIds());
    }

    private OpenWorkshop mine(int supporter, long workshop) {
        return f.acting.as(f.signIns.get(supporter), () -> signups.open()).stream()
                .filter(o -> o.workshop().id() == workshop).findFirst().orElseThrow();
    }
}
