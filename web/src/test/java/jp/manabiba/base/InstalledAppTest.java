package jp.manabiba.base;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import jp.manabiba.testing.BrowserlessClient;
import jp.manabiba.testing.ManabibaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 8: the app on the shelf. Favicon, manifest, icons, service worker and offline page are served to
 * someone who has not signed in, under the security headers; the service worker keeps nothing but the offline page.
 */
@ManabibaTest
class InstalledAppTest {

    @LocalServerPort
    int port;

    @Test
    void the_favicon_is_an_icon_served_without_sign_in() throws Exception {
        HttpResponse<byte[]> favicon = getBytes("/favicon.ico");

        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
        assertThat(favicon.body()).startsWith(0, 0, 1, 0); // the ICO header: reserved 0, type 1 (icon)
        assertThat(favicon.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void the_manifest_names_the_app_and_starts_at_the_root() throws Exception {
        HttpResponse<String> response = new BrowserlessClient(port).get("/manifest.webmanifest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/manifest+json"));
        JsonNode manifest = new JsonMapper().readTree(response.body());
        assertThat(manifest.path("name").asString()).isEqualTo("学び場");
        assertThat(manifest.path("short_name").asString()).isEqualTo("学び場");
        assertThat(manifest.path("start_url").asString()).isIn(".", "./", "/");
        assertThat(manifest.path("display").asString()).isEqualTo("standalone");
        assertThat(manifest.path("theme_color").asString()).isEqualTo("#1565c0");
        assertThat(manifest.path("icons").findValuesAsString("sizes")).contains("192x192", "512x512");
    }

    @Test
    void the_manifests_icons_are_pngs_served_without_sign_in() throws Exception {
        JsonNode manifest = new JsonMapper().readTree(new BrowserlessClient(port).get("/manifest.webmanifest").body());
        for (JsonNode icon : manifest.path("icons")) {
            HttpResponse<byte[]> png = getBytes("/" + icon.path("src").asString().replaceFirst("^\\./", ""));
            assertThat(png.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        }
    }

    @Test
    void the_service_worker_keeps_only_the_offline_page() throws Exception {
        HttpResponse<String> worker = new BrowserlessClient(port).get("/sw.js");

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(worker.headers().allValues("Cache-Control")).containsExactly("no-cache");
        String code = worker.body();
        assertThat(code).contains("cache.add(new Request(OFFLINE_PAGE, { credentials: 'omit'")
                .contains("event.request.mode !== 'navigate'")
                .doesNotContain("precache", "cache.put", "addAll", "importScripts");
    }

    @Test
    void the_offline_page_is_the_same_for_everyone_in_kana_and_english() throws Exception {
        BrowserlessClient anonymous = new BrowserlessClient(port);
        HttpResponse<String> page = anonymous.get("/offline.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session is made for it").isEmpty();
        assertThat(page.body()).contains("<html lang=\"ja\">", "インターネットに つながって いないよ", "Not connected to the internet",
                "<svg aria-hidden=\"true\"");

        BrowserlessClient child = new BrowserlessClient(port);
        child.signIn("learner", "manabiba-demo");
        assertThat(child.get("/offline.html").body()).isEqualTo(page.body());
    }

    @Test
    void the_sign_in_page_links_the_manifest_and_registers_the_service_worker() throws Exception {
        String page = new BrowserlessClient(port).get("/login").body();

        assertThat(page).containsPattern("<link rel=\"manifest\" href=\"[./]*manifest.webmanifest\"");
        assertThat(page).contains("navigator.serviceWorker.register('sw.js')");
        assertThat(page).contains("<meta name=\"theme-color\" content=\"#1565c0\"");
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
