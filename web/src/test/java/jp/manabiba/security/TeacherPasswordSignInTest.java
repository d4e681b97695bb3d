package jp.manabiba.security;

import java.time.Instant;
import java.util.Set;

import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 8, point 9: a teacher signs in only with the school's Google or Microsoft account. An account with the
 * teacher role that still holds a password hash (made before the rule, or put there by hand) is refused by the
 * password sign-in with the answer of a wrong password, the right password included; only the demo's teacher is let in.
 */
@ManabibaTest
class TeacherPasswordSignInTest {

    private static final String PASSWORD = "teacher-pw-right-1";

    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;

    private final long run = System.nanoTime();
    private String teacher = "";
    private String tutor = "";

    @BeforeEach
    void accountsWithPasswords() {
        teacher = "tpw-teacher-" + run;
        tutor = "tpw-tutor-" + run;
        withPassword(teacher, Role.TEACHER);
        withPassword(tutor, Role.TUTOR);
    }

    @Test
    void a_teacher_with_a_password_hash_is_refused_like_a_wrong_password() {
        ThrottledPasswordSignIn signIn = new ThrottledPasswordSignIn(throttle, accounts, encoder, false);

        String rightButTeacher = refusal(signIn, teacher, PASSWORD);
        String wrong = refusal(signIn, tutor, "not-the-password");

        assertThat(rightButTeacher).isEqualTo(wrong).isEqualTo("Bad credentials");
        assertThat(signIn.authenticate(form(tutor, PASSWORD)).isAuthenticated())
                .as("another role with the same kind of password signs in").isTrue();
    }

    @Test
    void only_the_demo_lets_its_teacher_sign_in_with_a_password() {
        ThrottledPasswordSignIn demo = new ThrottledPasswordSignIn(throttle, accounts, encoder, true);

        Authentication signedIn = demo.authenticate(form(teacher, PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    private void withPassword(String username, Role role) {
        Account account = new Account(username, username, Set.of(role), Instant.now());
        account.setPasswordHash(encoder.encode(PASSWORD));
        accounts.save(account);
    }

    private static String refusal(ThrottledPasswordSignIn signIn, String username, String password) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> signIn.authenticate(form(username, password)))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .satisfies(refused -> caught[0] = refused);
        return caught[0].getMessage();
    }

    private static UsernamePasswordAuthenticationToken form(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
