package jp.manabiba.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jp.manabiba.i18n.Language;
import jp.manabiba.i18n.TranslationProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What the app on a Chromebook's shelf needs besides Vaadin's manifest and icons ({@code @PWA} on the application):
 * its service worker and the page it shows without a network. Vaadin's pre-built bundle brings a service worker
 * that keeps the start page as fetched with the user's cookies and cannot be configured without a front-end build;
 * this one keeps only the offline page (docs/security.md, "The installed app"). A controller's mapping comes before
 * Vaadin's catch-all, so these addresses are answered here.
 */
@RestController
class InstalledApp {

    static final String SERVICE_WORKER = "/sw.js";
    static final String OFFLINE_PAGE = "/offline.html";

    private final String serviceWorker = read("service-worker.js");
    private final String offlinePage = offlinePage(TranslationProvider.load(Language.JA),
            TranslationProvider.load(Language.EN));

    @GetMapping(SERVICE_WORKER)
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .body(serviceWorker);
    }

    /** The same for everyone and in both languages (it is kept once per device, whoever is signed in): no one's data. */
    @GetMapping(OFFLINE_PAGE)
    ResponseEntity<String> offlinePage() {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(offlinePage);
    }

    private static String offlinePage(java.util.Properties ja, java.util.Properties en) {
        return read("offline-page.html")
                .replace("{{icon}}", read("/META-INF/resources/icons/icon.svg").replace("<svg ", "<svg aria-hidden=\"true\" "))
                .replace("{{ja.title}}", text(ja, "offline.title"))
                .replace("{{ja.heading}}", text(ja, "offline.heading"))
                .replace("{{ja.text}}", text(ja, "offline.text"))
                .replace("{{ja.retry}}", text(ja, "offline.retry"))
                .replace("{{en.heading}}", text(en, "offline.heading"))
                .replace("{{en.text}}", text(en, "offline.text"));
    }

    private static String text(java.util.Properties bundle, String key) {
        return HtmlUtils.htmlEscape(Objects.requireNonNull(bundle.getProperty(key), key));
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(InstalledApp.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
