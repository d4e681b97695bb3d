package jp.manabiba.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 8, point 6: the password check takes the same path for every name, so its time tells nothing either. */
class PasswordCheckTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4), hashChecks);
    private final UserDetailsService accounts = name -> switch (name) {
        case "hinata" -> User.withUsername("hinata").password(encoder.encode("right-password")).roles("LEARNER").build();
        case "switched-off" -> User.withUsername("switched-off").password(encoder.encode("right-password"))
                .roles("LEARNER").disabled(true).build();
        default -> throw new UsernameNotFoundException("No local account");
    };
    private final DaoAuthenticationProvider check = ThrottledPasswordSignIn.passwordCheck(accounts, encoder);

    @Test
    void an_unknown_name_costs_a_password_hash_check_and_gets_the_answer_of_a_wrong_password() {
        assertRefusedAfterOneHashCheck("hinata", "wrong");
        assertRefusedAfterOneHashCheck("nobody-has-this-name", "wrong");
    }

    @Test
    void a_switched_off_account_answers_as_a_wrong_password_until_its_password_is_right() {
        assertRefusedAfterOneHashCheck("switched-off", "wrong");

        assertThatThrownBy(() -> check.authenticate(form("switched-off", "right-password")))
                .isInstanceOf(DisabledException.class);
    }

    private void assertRefusedAfterOneHashCheck(String username, String password) {
        int before = hashChecks.get();
        assertThatThrownBy(() -> check.authenticate(form(username, password)))
                .isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThat(hashChecks.get() - before).as("hash checks for %s", username).isEqualTo(1);
    }

    private static UsernamePasswordAuthenticationToken form(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private record CountingEncoder(PasswordEncoder encoder, AtomicInteger checks) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return encoder.matches(rawPassword, encodedPassword);
        }
    }
}
