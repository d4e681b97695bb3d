package jp.manabiba.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 8, points 5 and 6: what the throttle counts, for whom, and that its answers tell nothing about accounts. */
@ManabibaTest
class SignInThrottleTest {

    @Autowired
    ThrottledPasswordSignIn passwordSignIn;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInProperties signIn;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAccess system;

    @Test
    void an_unknown_name_gets_the_same_answers_as_a_real_account_wrong_after_wrong() {
        createAccount("real-child-8", "right-password-8");

        List<String> real = answersToWrongPasswords("real-child-8", "10.81.0.1");
        List<String> unknown = answersToWrongPasswords("nobody-is-called-this", "10.81.0.2");

        assertThat(unknown).isEqualTo(real);
        assertThat(real.getLast()).isEqualTo("SignInRestingException 5 min");
    }

    @Test
    void an_address_trying_many_names_rests_for_names_new_to_it_but_not_for_names_that_signed_in_there() {
        String school = "10.81.1.1";
        throttle.right(throttle.letIn("pupil-known-there", school));

        for (int name = 0; name < signIn.addressMaxFailures(); name++) {
            throttle.wrong(throttle.letIn("sprayed-name-" + name, school));
        }

        assertThatThrownBy(() -> throttle.letIn("yet-another-name", school)).isInstanceOf(SignInRestingException.class);
        throttle.right(throttle.letIn("pupil-known-there", school));
    }

    @Test
    void a_new_password_from_an_administrator_ends_the_rests_of_the_name() {
        createAccount("forgiven-child", "right-password-9");
        for (int attempt = 0; attempt < signIn.maxFailures(); attempt++) {
            throttle.wrong(throttle.letIn("forgiven-child", "10.81.2.1"));
        }
        assertThatThrownBy(() -> throttle.letIn("forgiven-child", "10.81.2.1")).isInstanceOf(SignInRestingException.class);

        long id = system.asAdministrator(() -> administration.idOf("forgiven-child")).orElseThrow();
        system.asAdministrator(() -> administration.setPassword(id, "new-password-9"));

        throttle.right(throttle.letIn("forgiven-child", "10.81.2.1"));
    }

    @Test
    void a_name_typed_differently_is_counted_as_the_same_name() {
        assertThat(SignInThrottle.normalised(" Ｈｉｎａｔａ ")).isEqualTo(SignInThrottle.normalised("hinata"));
    }

    /** One more wrong password than the limit; each answer as the sign-in page would tell it apart. */
    private List<String> answersToWrongPasswords(String username, String address) {
        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt <= signIn.maxFailures(); attempt++) {
            UsernamePasswordAuthenticationToken form =
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-" + attempt);
            form.setDetails(new WebAuthenticationDetails(address, null));
            try {
                passwordSignIn.authenticate(form);
                answers.add("signed in");
            } catch (AuthenticationException refused) {
                answers.add(refused.getClass().getSimpleName() + (refused instanceof SignInRestingException resting
                        ? " " + resting.minutes() + " min" : " " + refused.getMessage()));
            }
        }
        return answers;
    }

    private void createAccount(String username, String password) {
        system.asAdministrator(() -> administration.create(new NewAccount(username, "テスト ユーザー", null, password, Set.of(Role.LEARNER))));
    }
}
