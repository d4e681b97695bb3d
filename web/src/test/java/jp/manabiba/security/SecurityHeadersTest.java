package jp.manabiba.security;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, point 8: every response carries the security headers, Vaadin's too, and says how long to keep it. */
@ManabibaTest
class SecurityHeadersTest {

    private static final Pattern BUNDLE = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void vaadins_page_carries_the_security_headers_and_is_never_cached() throws Exception {
        HttpResponse<String> page = new BrowserlessClient(port).get("/login");

        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertSecurityHeaders(page);
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void vaadins_uidl_answers_carry_the_security_headers_and_are_never_cached() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);
        browser.get("/login");
        HttpResponse<String> init = browser.get("/?v-r=init&location=login");
        assertSecurityHeaders(init);
        assertThat(init.headers().allValues("Cache-Control")).containsExactly("no-store");

        Matcher uiId = UI_ID.matcher(init.body());
        Matcher securityKey = SECURITY_KEY.matcher(init.body());
        assertThat(uiId.find() && securityKey.find()).as("the init answer names its UI: %s", init.body()).isTrue();
        HttpResponse<String> uidl = browser.postJson("/?v-r=uidl&v-uiId=" + uiId.group(1),
                "{\"csrfToken\":\"" + securityKey.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");

        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("syncId");
        assertSecurityHeaders(uidl);
        assertThat(uidl.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void a_hashed_bundle_is_kept_for_a_year_and_carries_the_headers_too() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);
        Matcher bundle = BUNDLE.matcher(browser.get("/login").body());
        assertThat(bundle.find()).as("the page loads a hashed bundle").isTrue();

        HttpResponse<String> script = browser.get("/" + bundle.group(1));

        assertThat(script.statusCode()).isEqualTo(200);
        assertSecurityHeaders(script);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
    }

    @Test
    void actuator_and_the_calendar_feed_carry_the_headers_even_when_refusing() throws Exception {
        BrowserlessClient browser = new BrowserlessClient(port);
        HttpResponse<String> health = browser.get("/actuator/health");
        HttpResponse<String> unknownFeed = browser.get("/calendar/no-such-token.ics");

        assertThat(health.statusCode()).isEqualTo(200);
        assertSecurityHeaders(health);
        assertThat(health.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(unknownFeed.statusCode()).isGreaterThanOrEqualTo(400);
        assertSecurityHeaders(unknownFeed);
        assertThat(unknownFeed.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void outside_the_production_profile_no_https_response_asks_for_https_only() throws Exception {
        HttpResponse<String> overHttps = new BrowserlessClient(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Content-Security-Policy")).as("%s", response.uri())
                .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().allValues("X-Content-Type-Options")).as("%s", response.uri()).containsExactly("nosniff");
        assertThat(response.headers().allValues("Referrer-Policy")).as("%s", response.uri())
                .containsExactly("strict-origin-when-cross-origin");
        assertThat(response.headers().allValues("X-Frame-Options")).as("%s", response.uri()).containsExactly("DENY");
    }
}
