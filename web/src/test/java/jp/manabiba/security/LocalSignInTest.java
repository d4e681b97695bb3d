package jp.manabiba.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
    void repeated_wrong_passwords_rest_the_name_even_for_the_right_password() throws Exception {
        createAccount("throttled-child", "right-password-1");
        BrowserlessClient browser = new BrowserlessClient(port, "10.80.0.1");

        for (int attempt = 0; attempt < signIn.maxFailures(); attempt++) {
            assertThat(browser.redirectOf(browser.signIn("throttled-child", "wrong-" + attempt))).isEqualTo("/login?error");
        }
        HttpResponse<String> withRightPassword = browser.signIn("throttled-child", "right-password-1");

        assertThat(browser.redirectOf(withRightPassword)).isEqualTo("/login?error");
        assertThat(browser.redirectOf(browser.get("/"))).endsWith("/login");
    }

    @Test
    void fewer_wrong_passwords_than_the_limit_do_not_rest_and_a_good_sign_in_resets_the_count() throws Exception {
        createAccount("forgetful-child", "right-password-2");
        BrowserlessClient browser = new BrowserlessClient(port, "10.80.0.2");

        for (int attempt = 1; attempt < signIn.maxFailures(); attempt++) {
            browser.signIn("forgetful-child", "wrong-" + attempt);
        }
        assertThat(browser.redirectOf(browser.signIn("forgetful-child", "right-password-2"))).isIn("/", "");

        BrowserlessClient again = new BrowserlessClient(port, "10.80.0.2");
        for (int attempt = 1; attempt < signIn.maxFailures(); attempt++) {
            again.signIn("forgetful-child", "wrong-again-" + attempt);
        }
        assertThat(again.redirectOf(again.signIn("forgetful-child", "right-password-2"))).isIn("/", "");
    }

    /** Issue 8, point 5: the count is taken before the password is checked, under a row lock. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void twenty_wrong_passwords_sent_at_once_do_not_let_the_right_one_in_after_them(CapturedOutput log) throws Exception {
        createAccount("rushed-child", "right-password-4");
        List<BrowserlessClient.SignInForm> wrong = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            wrong.add(new BrowserlessClient(port, "10.80.0.3").signInLater("rushed-child", "wrong-" + attempt, "/login"));
        }
        BrowserlessClient owner = new BrowserlessClient(port, "10.80.0.3");
        BrowserlessClient.SignInForm right = owner.signInLater("rushed-child", "right-password-4", "/login");

        List<HttpResponse<String>> answers = new ArrayList<>();
        HttpResponse<String> rightAnswer;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = wrong.stream().map(post -> senders.submit(() -> {
                start.await();
                return post.send();
            })).toList();
            start.countDown();
            Thread.sleep(300);
            rightAnswer = senders.submit(right::send).get();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).allSatisfy(answer -> assertThat(owner.redirectOf(answer)).isEqualTo("/login?error"));
        assertThat(owner.redirectOf(rightAnswer)).isEqualTo("/login?error");
        assertThat(owner.redirectOf(owner.get("/"))).endsWith("/login");
        assertThat(log.getAll()).doesNotContainIgnoringCase("OptimisticLock").doesNotContain(" ERROR ");
    }

    /** Issue 8, point 6: rests of a name from elsewhere do not keep it out where it signed in before. */
    @Test
    void an_outsider_cannot_keep_the_real_user_out_where_they_usually_sign_in() throws Exception {
        createAccount("guarded-admin", "right-password-5");
        assertThat(signInAt("10.80.1.1", "guarded-admin", "right-password-5")).isIn("/", "");

        for (int attempt = 0; attempt < signIn.accountMaxFailures() + 5; attempt++) {
            signInAt("10.80.2." + (attempt % 10), "guarded-admin", "guess-" + attempt);
        }

        assertThat(signInAt("10.80.2.0", "guarded-admin", "right-password-5"))
                .as("from the outsider's addresses").isEqualTo("/login?error");
        assertThat(signInAt("10.80.3.1", "guarded-admin", "right-password-5"))
                .as("the name rests for addresses it never signed in from").isEqualTo("/login?error");
        assertThat(signInAt("10.80.1.1", "guarded-admin", "right-password-5"))
                .as("where the real user signed in before").isIn("/", "");
    }

    private String signInAt(String address, String username, String password) throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port, address);
        return browser.redirectOf(browser.signIn(username, password));
    }

    @Test
    void a_switched_off_account_cannot_sign_in_until_it_is_switched_on() throws Exception {
        createAccount("switched-off-child", "right-password-3");
        long id = system.asAdministrator(() -> administration.idOf("switched-off-child")).orElseThrow();
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
