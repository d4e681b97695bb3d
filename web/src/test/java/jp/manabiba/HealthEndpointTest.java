package jp.manabiba;

import java.net.http.HttpResponse;

import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A load balancer may ask for health without signing in; nothing else of Actuator is public. */
@ManabibaTest
class HealthEndpointTest {

    @LocalServerPort
    int port;

    @Test
    void health_is_public_and_says_only_up() throws Exception {
        HttpResponse<String> health = new BrowserlessClient(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void other_actuator_endpoints_are_not_public() throws Exception {
        BrowserlessClient anonymous = new BrowserlessClient(port);
        for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            assertThat(anonymous.get(endpoint).statusCode()).as(endpoint).isNotEqualTo(200);
        }
    }
}
