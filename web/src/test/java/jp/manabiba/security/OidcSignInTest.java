package jp.manabiba.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.manabiba.testing.BrowserlessClient;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real authorization-code flow against an OpenID Connect provider started in the test, playing Google and
 * Microsoft: the browser's redirects are followed by hand, the app exchanges the code and checks the ID token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest {

    private static final String SCHOOL_DOMAIN = "school.example.jp";
    private static final String SCHOOL_TENANT = "0f1e2d3c-school-tenant";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("manabiba.oidc.google.client-id", () -> "google-client");
        registry.add("manabiba.oidc.google.client-secret", () -> "google-secret");
        registry.add("manabiba.oidc.google.allowed-domains", () -> SCHOOL_DOMAIN);
        registry.add("manabiba.oidc.google.issuer", () -> PROVIDER.issuerUrl("google").toString());
        registry.add("manabiba.oidc.google.authorization-uri", () -> PROVIDER.authorizationEndpointUrl("google").toString());
        registry.add("manabiba.oidc.google.token-uri", () -> PROVIDER.tokenEndpointUrl("google").toString());
        registry.add("manabiba.oidc.google.jwk-set-uri", () -> PROVIDER.jwksUrl("google").toString());
        registry.add("manabiba.oidc.google.user-info-uri", () -> PROVIDER.url("google/userinfo").toString());
        registry.add("manabiba.oidc.microsoft.client-id", () -> "microsoft-client");
        registry.add("manabiba.oidc.microsoft.client-secret", () -> "microsoft-secret");
        registry.add("manabiba.oidc.microsoft.allowed-tenants", () -> SCHOOL_TENANT);
        registry.add("manabiba.oidc.microsoft.issuer-template", () -> PROVIDER.issuerUrl("microsoft").toString());
        registry.add("manabiba.oidc.microsoft.authorization-uri", () -> PROVIDER.authorizationEndpointUrl("microsoft").toString());
        registry.add("manabiba.oidc.microsoft.token-uri", () -> PROVIDER.tokenEndpointUrl("microsoft").toString());
        registry.add("manabiba.oidc.microsoft.jwk-set-uri", () -> PROVIDER.jwksUrl("microsoft").toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @TestConfiguration
    static class Recorder {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void signedIn(AuthenticationSuccessEvent event) {
            events.add(event.getAuthentication());
        }

        @EventListener
        void refused(OidcSignInRefused event) {
            events.add(event);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Recorder recorder;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SystemAccess system;

    @Autowired
    AccountRepository accounts;

    @BeforeEach
    void forget() {
        recorder.events.clear();
    }

    @Test
    void a_teacher_of_an_allowed_google_domain_signs_in_with_the_accounts_roles() throws Exception {
        createAccount("oidc-teacher", "sensei@school.example.jp", Role.TEACHER);
        PROVIDER.enqueueCallback(google("google-sub-teacher", "sensei@school.example.jp", true, SCHOOL_DOMAIN));

        HttpResponse<String> last = signInWith("google");

        assertThat(last.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(recorder.events).singleElement().satisfies(event -> {
            var authentication = (org.springframework.security.core.Authentication) event;
            assertThat(authentication.getPrincipal()).isInstanceOf(AccountPrincipal.class);
            assertThat(((AccountPrincipal) authentication.getPrincipal()).username()).isEqualTo("oidc-teacher");
            assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_TEACHER");
        });
        assertThat(accounts.findByUsername("oidc-teacher").orElseThrow().googleSubject()).isEqualTo("google-sub-teacher");
        // issue 8: the sign-in is in the audit log, named by its provider, with the client address
        var audited = system.asAdministrator(() -> context.getBean(jp.manabiba.audit.AuditLog.class)
                .search(new jp.manabiba.audit.AuditFilter("oidc-teacher", "account", null, null), 0, 10));
        assertThat(audited).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(jp.manabiba.audit.AuditAction.SIGN_IN);
            assertThat(entry.screen()).isEqualTo("sign-in-google");
            assertThat(entry.clientAddress()).isNotBlank();
        });
    }

    @Test
    void a_google_account_of_another_domain_is_refused_with_the_reason() throws Exception {
        createAccount("oidc-other-domain", "pupil@elsewhere.example.com", Role.LEARNER);
        PROVIDER.enqueueCallback(google("google-sub-elsewhere", "pupil@elsewhere.example.com", true, "elsewhere.example.com"));

        HttpResponse<String> last = signInWith("google");

        assertThat(last.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(recorder.events).containsExactly(new OidcSignInRefused(IdentityProvider.GOOGLE, OidcRefusal.DOMAIN_NOT_ALLOWED));
    }

    @Test
    void an_unknown_email_is_refused_and_nothing_is_created() throws Exception {
        long before = accounts.count();
        PROVIDER.enqueueCallback(google("google-sub-stranger", "stranger@school.example.jp", true, SCHOOL_DOMAIN));

        HttpResponse<String> last = signInWith("google");

        assertThat(last.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(recorder.events).containsExactly(new OidcSignInRefused(IdentityProvider.GOOGLE, OidcRefusal.UNKNOWN_ACCOUNT));
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findByGoogleSubject("google-sub-stranger")).isEmpty();
    }

    @Test
    void an_unverified_google_email_does_not_match_an_account() throws Exception {
        createAccount("oidc-unverified", "unverified@school.example.jp", Role.LEARNER);
        PROVIDER.enqueueCallback(google("google-sub-unverified", "unverified@school.example.jp", false, SCHOOL_DOMAIN));

        signInWith("google");

        assertThat(recorder.events).containsExactly(new OidcSignInRefused(IdentityProvider.GOOGLE, OidcRefusal.EMAIL_NOT_VERIFIED));
        assertThat(accounts.findByUsername("oidc-unverified").orElseThrow().googleSubject()).isNull();
    }

    @Test
    void a_pupil_of_an_allowed_microsoft_tenant_signs_in() throws Exception {
        createAccount("oidc-ms-pupil", "pupil@school.onmicrosoft.example", Role.LEARNER);
        PROVIDER.enqueueCallback(microsoft("ms-sub-pupil", "pupil@school.onmicrosoft.example", SCHOOL_TENANT));

        HttpResponse<String> last = signInWith("microsoft");

        assertThat(last.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(recorder.events).singleElement().isInstanceOf(org.springframework.security.core.Authentication.class);
        assertThat(accounts.findByUsername("oidc-ms-pupil").orElseThrow().microsoftSubject()).isEqualTo("ms-sub-pupil");
    }

    @Test
    void a_microsoft_account_of_another_tenant_is_refused() throws Exception {
        createAccount("oidc-ms-other", "pupil@other.onmicrosoft.example", Role.LEARNER);
        PROVIDER.enqueueCallback(microsoft("ms-sub-other", "pupil@other.onmicrosoft.example", "another-tenant"));

        HttpResponse<String> last = signInWith("microsoft");

        assertThat(last.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(recorder.events).containsExactly(new OidcSignInRefused(IdentityProvider.MICROSOFT, OidcRefusal.TENANT_NOT_ALLOWED));
    }

    /** Follows the browser's path: the app's sign-in link, the provider, and back to the app with the code. */
    private HttpResponse<String> signInWith(String provider) throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/" + provider);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        HttpResponse<String> backToApp = browser.get(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(backToApp.statusCode()).isEqualTo(302);
        String callback = backToApp.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/login/oauth2/code/" + provider);
        return browser.get(callback);
    }

    private static DefaultOAuth2TokenCallback google(String subject, String email, boolean verified, String domain) {
        return new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of("google-client"),
                Map.of("email", email, "email_verified", verified, "hd", domain, "name", "テスト"), 3600);
    }

    private static DefaultOAuth2TokenCallback microsoft(String subject, String email, String tenant) {
        return new DefaultOAuth2TokenCallback("microsoft", subject, "JWT", List.of("microsoft-client"),
                Map.of("email", email, "tid", tenant, "preferred_username", email), 3600);
    }

    private void createAccount(String username, String email, Role role) {
        system.asAdministrator(() -> administration.create(new NewAccount(username, "テスト", email, null, Set.of(role))));
    }
}
