package jp.manabiba.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The password sign-in through the real HTTP endpoint and Spring Security's filters. */
@ManabibaTest
class LocalSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAccess system;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignInProperties signIn;

    @Test
    void the_right_password_signs_in_and_the_session_id_changes() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> response = browser.signIn("tutor", "manabiba-demo");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.redirectOf(response)).isIn("/", "");
        assertThat(browser.sessionId()).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void a_childs_wrong_password_comes_back_to_the_childrens_sign_in() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);

        HttpResponse<String> response = browser.signIn("learner3", "not-the-password", "/login?learner");

        assertThat(browser.redirectOf(response)).isEqualTo("/login?error&learner");
    }

    @Test
    void the_sign_in_page_is_manabibas_own() throws Exception {
        String page = new BrowserlessClient(port).get("/login").body();

        assertThat(page).doesNotContain("Please sign in").contains("_csrf");
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);

        HttpResponse<String> response = browser.signIn("tutor2", "not-the-password");

        assertThat(browser.redirectOf(response)).isEqualTo("/login?error");
    }

    @Test
    void repeated_wrong_passwords_rest_the_account_even_for_the_right_password() throws Exception {
        createAccount("throttled-child", "right-password-1");
        BrowserlessClient browser = new BrowserlessClient(port);

        for (int attempt = 0; attempt < signIn.maxFailures(); attempt++) {
            assertThat(browser.redirectOf(browser.signIn("throttled-child", "wrong-" + attempt))).isEqualTo("/login?error");
        }
        HttpResponse<String> withRightPassword = browser.signIn("throttled-child", "right-password-1");

        assertThat(browser.redirectOf(withRightPassword)).isEqualTo("/login?error");
        assertThat(accounts.findByUsername("throttled-child").orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void fewer_wrong_passwords_than_the_limit_do_not_lock_and_a_good_sign_in_resets_the_count() throws Exception {
        createAccount("forgetful-child", "right-password-2");
        BrowserlessClient browser = new BrowserlessClient(port);

        for (int attempt = 1; attempt < signIn.maxFailures(); attempt++) {
            browser.signIn("forgetful-child", "wrong-" + attempt);
        }
        assertThat(browser.redirectOf(browser.signIn("forgetful-child", "right-password-2"))).isIn("/", "");

        assertThat(accounts.findByUsername("forgetful-child").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void a_switched_off_account_cannot_sign_in_until_it_is_switched_on() throws Exception {
        createAccount("switched-off-child", "right-password-3");
        long id = accounts.findByUsername("switched-off-child").orElseThrow().id();
        BrowserlessClient browser = new BrowserlessClient(port);

        system.asAdministrator(() -> administration.setEnabled(id, false));
        assertThat(browser.redirectOf(browser.signIn("switched-off-child", "right-password-3"))).isEqualTo("/login?error");

        system.asAdministrator(() -> administration.setEnabled(id, true));
        assertThat(browser.redirectOf(browser.signIn("switched-off-child", "right-password-3"))).isIn("/", "");
    }

    @Test
    void a_sign_in_posted_by_another_site_without_the_pages_token_does_not_sign_in() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);
        browser.get("/login");

        HttpResponse<String> forged = browser.post("/login", Map.of("username", "tutor", "password", "manabiba-demo"),
                "Origin", "https://attacker.example", "Referer", "https://attacker.example/form.html");

        assertThat(browser.redirectOf(forged)).isEqualTo("/login?expired");
        assertThat(browser.redirectOf(browser.get("/"))).endsWith("/login");
    }

    @Test
    void a_childs_sign_in_page_left_open_too_long_comes_back_to_the_childrens_page() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);

        HttpResponse<String> stale = browser.post("/login?learner",
                Map.of("username", "learner3", "password", "manabiba-demo", "_csrf", "a-token-of-an-ended-session"));

        assertThat(browser.redirectOf(stale)).isEqualTo("/login?expired&learner");
    }

    @Test
    void the_session_cookie_is_not_sent_with_another_sites_forms() throws Exception {
        HttpResponse<String> page = new BrowserlessClient(port).get("/login");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    private void createAccount(String username, String password) {
        system.asAdministrator(() -> administration.create(new NewAccount(username, "テスト ユーザー", null, password, Set.of(Role.LEARNER))));
    }
}
