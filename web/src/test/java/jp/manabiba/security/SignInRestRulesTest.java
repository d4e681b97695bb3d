package jp.manabiba.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How rests grow and end, without Spring: one count of {@code sign_in_throttle}. */
class SignInRestRulesTest {

    private static final SignInProperties PROPERTIES = new SignInProperties(5, Duration.ofMinutes(5), Duration.ofHours(1),
            20, 100, Duration.ofHours(24));
    private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    @Test
    void each_rest_is_twice_the_one_before_up_to_the_longest() {
        assertThat(PROPERTIES.rest(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(PROPERTIES.rest(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(PROPERTIES.rest(3)).isEqualTo(Duration.ofMinutes(20));
        assertThat(PROPERTIES.rest(4)).isEqualTo(Duration.ofMinutes(40));
        assertThat(PROPERTIES.rest(5)).isEqualTo(Duration.ofHours(1));
        assertThat(PROPERTIES.rest(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void after_a_rest_one_more_wrong_password_starts_a_longer_rest() {
        ThrottleCount count = fresh();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(count.refusedUntil(NOW, 5, true)).isEmpty();
            count.letIn(NOW);
            count.wrong(NOW, 5, PROPERTIES);
        }
        assertThat(count.refusedUntil(NOW, 5, true)).contains(NOW.plus(Duration.ofMinutes(5)));

        Instant afterTheRest = NOW.plus(Duration.ofMinutes(5));
        assertThat(count.refusedUntil(afterTheRest, 5, true)).isEmpty();
        count.letIn(afterTheRest);
        assertThat(count.wrong(afterTheRest, 5, PROPERTIES)).isTrue();

        assertThat(count.refusedUntil(afterTheRest, 5, true)).contains(afterTheRest.plus(Duration.ofMinutes(10)));
    }

    @Test
    void attempts_in_flight_use_up_the_rounds_tries_before_their_passwords_are_checked() {
        ThrottleCount count = fresh();
        for (int attempt = 0; attempt < 5; attempt++) {
            count.letIn(NOW);
        }

        assertThat(count.refusedUntil(NOW, 5, true)).isPresent();
        assertThat(count.refusedUntil(NOW, 5, false)).as("an address's count looks at finished attempts").isEmpty();
    }

    @Test
    void a_right_password_ends_the_rests_of_its_name_and_address() {
        ThrottleCount count = fresh();
        for (int attempt = 0; attempt < 5; attempt++) {
            count.letIn(NOW);
            count.wrong(NOW, 5, PROPERTIES);
        }
        count.letIn(NOW.plus(Duration.ofMinutes(6)));
        count.right(true);

        assertThat(count.refusedUntil(NOW.plus(Duration.ofMinutes(6)), 5, true)).isEmpty();
        assertThat(count.rests).isZero();
    }

    @Test
    void a_count_starts_again_after_the_forget_after_and_a_left_over_attempt_in_flight_is_dropped() {
        ThrottleCount count = fresh();
        for (int attempt = 0; attempt < 4; attempt++) {
            count.letIn(NOW);
            count.wrong(NOW, 5, PROPERTIES);
        }
        count.letIn(NOW);

        count.forgetOld(NOW.plus(Duration.ofHours(25)), PROPERTIES.forgetAfter());

        assertThat(count.failures).isZero();
        assertThat(count.pending).isZero();
    }

    private static ThrottleCount fresh() {
        return new ThrottleCount(0, 0, 0, null, NOW, NOW);
    }
}
