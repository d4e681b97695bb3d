package jp.manabiba.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** A cookie-keeping HTTP client that does not follow redirects, so each step of a sign-in can be checked. */
public final class BrowserlessClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final @Nullable String forwardedFor;

    public BrowserlessClient(int port) {
        this(port, null);
    }

    /**
     * A client at the given address, as the production proxy says it (X-Forwarded-For; the tests' server trusts a
     * local peer's header as production trusts its proxy's): each test's sign-in attempts count for an address of
     * its own.
     */
    public BrowserlessClient(int port, @Nullable String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) throws IOException, InterruptedException {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        HttpRequest.Builder request = request(uri).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON as Vaadin's client posts its UIDL. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(request(URI.create(base + path)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    /** Signs in on the sign-in page as a browser would: with the page's CSRF token and the form fields. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, "/login");
    }

    /** Signs in through the given sign-in page ({@code /login?learner} is the children's). */
    public HttpResponse<String> signIn(String username, String password, String signInPage)
            throws IOException, InterruptedException {
        return signInLater(username, password, signInPage).send();
    }

    /** Opens the sign-in page now; the returned call sends the form, e.g. at the same moment as other clients. */
    public SignInForm signInLater(String username, String password, String signInPage)
            throws IOException, InterruptedException {
        String page = get(signInPage).body();
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token");
        }
        String form = encode(Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
        HttpRequest post = request(URI.create(base + signInPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return () -> http.send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** A filled-in sign-in form, not sent yet. */
    @FunctionalInterface
    public interface SignInForm {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /** Posts a form as another site's page (or a script) would: the fields given, the headers given, nothing else. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    /** Where a redirect points, relative to this app when it stays here. */
    public String redirectOf(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("").replace(base, "");
    }
}
