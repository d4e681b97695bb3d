package jp.manabiba.security;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, point 8: HSTS under the production profile, for HTTPS responses, and nowhere else. */
class StrictTransportTest {

    @Test
    void the_production_profile_asks_browsers_to_use_https_only() throws Exception {
        Properties production = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/application-production.properties")) {
            production.load(file);
        }

        assertThat(production.getProperty("manabiba.headers.hsts")).isEqualTo("${MANABIBA_HSTS:true}");
        assertThat(hstsOf(new SecurityHeaders(true), true)).isEqualTo("max-age=31536000");
        assertThat(hstsOf(new SecurityHeaders(true), false)).as("over plain HTTP it means nothing").isNull();
        assertThat(hstsOf(new SecurityHeaders(false), true)).isNull();
    }

    private static String hstsOf(SecurityHeaders filter, boolean https) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(https);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getHeader("Strict-Transport-Security");
    }
}
